/** Log levels, most verbose first. `silent` turns logging off (tests). */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Structured context attached to a log line, e.g. `{ board, conn }`. */
export type LogFields = Record<string, string | number | boolean | undefined>

/** The logger every module receives; tests pass their own to capture lines. */
export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

type Sink = (level: Exclude<LogLevel, 'silent'>, line: string) => void

const consoleSink: Sink = (level, line) => {
  // Warnings and errors go to stderr so `2>` separates problems from the access trail.
  if (level === 'warn' || level === 'error') console.error(line)
  else console.log(line)
}

/**
 * Creates a line-oriented logger: `<ISO time> <level> <message> key=value …`. Plain text rather
 * than JSON because the typical deployment is one process whose output a person reads.
 */
export function createLogger(level: LogLevel, sink: Sink = consoleSink): Logger {
  const threshold = LOG_LEVELS.indexOf(level)
  const write =
    (lineLevel: Exclude<LogLevel, 'silent'>) => (message: string, fields?: LogFields) => {
      if (LOG_LEVELS.indexOf(lineLevel) < threshold) return
      let line = `${new Date().toISOString()} ${lineLevel.padEnd(5)} ${message}`
      if (fields)
        for (const [key, value] of Object.entries(fields))
          if (value !== undefined) line += ` ${key}=${JSON.stringify(value)}`
      sink(lineLevel, line)
    }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}
