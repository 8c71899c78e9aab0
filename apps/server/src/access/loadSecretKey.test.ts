import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { TestBed } from '../testing/TestBed'
import { SECRET_KEY_FILE, loadSecretKey } from './loadSecretKey'

const bed = new TestBed()
afterEach(() => bed.cleanup())

describe('loadSecretKey', () => {
  it('creates 32 random bytes readable only by the owner on first start, then reuses them', () => {
    const dir = join(bed.tempDir(), 'new-data')
    const first = loadSecretKey(dir)
    expect(first.length).toBe(32)
    const path = join(dir, SECRET_KEY_FILE)
    expect(readFileSync(path)).toEqual(first)
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(loadSecretKey(dir)).toEqual(first)
    expect(loadSecretKey(bed.tempDir())).not.toEqual(first)
  })

  it('refuses a damaged key file instead of replacing it, which would end every link', () => {
    const dir = bed.tempDir()
    writeFileSync(join(dir, SECRET_KEY_FILE), 'too short')
    expect(() => loadSecretKey(dir)).toThrow(/holds 9 bytes, not 32/)
    expect(readFileSync(join(dir, SECRET_KEY_FILE), 'utf8')).toBe('too short')
  })
})
