const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const

/**
 * Checks a Norwegian organisation number: 9 digits whose last digit is the modulus-11 check
 * digit over the first eight with weights 3 2 7 6 5 4 3 2 (Enhetsregisteret's rule). A
 * remainder that would give check digit 10 makes the number invalid.
 *
 * @example isValidOrgNumber('974760673') // true (Brønnøysundregistrene)
 */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * WEIGHTS[i]!
  const remainder = sum % 11
  const check = remainder === 0 ? 0 : 11 - remainder
  return check !== 10 && check === Number(value[8])
}
