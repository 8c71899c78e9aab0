import { parseArgs } from 'node:util'
import { type ServerConfig, loadConfig } from '../config'
import type { CommandIo } from './exportCommand'

/** A command line as read: flag values by name, and the words that are not flags. */
export interface CommandLine {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
}

/**
 * Reads `argv` with `--help` and `--data-dir` besides the command's own string `flags`;
 * unknown flags are an error. A string is the usage error to print.
 */
export function readCommandLine(
  argv: readonly string[],
  flags: readonly string[],
): CommandLine | string {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    'data-dir': { type: 'string' },
    help: { type: 'boolean' },
  }
  for (const flag of flags) options[flag] = { type: 'string' }
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options,
    })
    return { values, positionals }
  } catch (err) {
    return (err as Error).message
  }
}

/**
 * The server's configuration as the server itself would read it here (its own loader, so
 * `--data-dir`, `SAMKART_DATA_DIR`, host and port mean what they mean there). A string is the
 * error to print.
 */
export function serverConfigFor(line: CommandLine, io: CommandIo): ServerConfig | string {
  const dataDir = line.values['data-dir']
  const config = loadConfig(
    typeof dataDir === 'string' ? ['--data-dir', dataDir] : [],
    io.env,
    io.cwd,
  )
  if (!config.ok) return config.error
  return 'config' in config ? config.config : 'no configuration'
}
