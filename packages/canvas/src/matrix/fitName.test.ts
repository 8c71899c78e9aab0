import { describe, expect, it } from 'vitest'
import { MIN_SHRINK, fitName } from './fitName'

/** Every character 10 units wide: a line of 100 holds ten. */
const mono = (text: string) => text.length * 10

describe('fitName', () => {
  it('keeps a name that fits on one line at full size', () => {
    expect(fitName('Bufdir', 100, 19, mono)).toEqual({ kind: 'line' })
    expect(fitName('Abcdefghij', 100, 19, mono)).toEqual({ kind: 'line' })
  })

  it('shrinks a name just too long, to exactly the line, but not below MIN_SHRINK', () => {
    const fit = fitName('Abcdefghijk', 106, 19, mono)
    expect(fit).toEqual({ kind: 'shrunk', size: (19 * 106) / 110 })
    if (fit.kind === 'shrunk') expect(fit.size).toBeGreaterThanOrEqual(19 * MIN_SHRINK)
    expect(fitName('Abcdefghijklm', 106, 19, mono).kind).not.toBe('shrunk')
  })

  it('breaks a longer name in two at a space or after a hyphen', () => {
    expect(fitName('Øvrige kommuner', 100, 19, mono)).toEqual({ kind: 'two-lines' })
    expect(fitName('Digibarn-kommunene', 100, 19, mono)).toEqual({ kind: 'two-lines' })
  })

  it('cuts a name with a word wider than a line, or one that needs three lines', () => {
    expect(fitName('Barnevernsledere', 100, 19, mono)).toEqual({ kind: 'cut' })
    expect(fitName('Barne- og familie- departementet', 100, 19, mono)).toEqual({ kind: 'cut' })
    expect(fitName('Ett to tre fire fem seks sju åtte ni ti', 100, 19, mono)).toEqual({
      kind: 'cut',
    })
  })
})
