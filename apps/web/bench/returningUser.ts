/**
 * Browser storage of a returning participant who has been asked for a name before, so the
 * one-time «Hva heter du?» dialog does not stand in front of what a benchmark measures.
 */
export const returningUser = (origin: string) => ({
  cookies: [],
  origins: [{ origin, localStorage: [{ name: 'samkart.presence.asked', value: '1' }] }],
})
