import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Temporary folders a benchmark makes, removed together when it ends. */
export class TempDirs {
  private readonly dirs: string[] = []

  /** @param prefix the start of each folder's name under the system's temp folder */
  constructor(private readonly prefix: string) {}

  /** A new empty folder. */
  make = (): string => {
    const dir = mkdtempSync(join(tmpdir(), this.prefix))
    this.dirs.push(dir)
    return dir
  }

  /** Removes every folder made. */
  removeAll(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  }
}
