import { pino } from 'pino'
import { currentRequestId } from './request-context'

export type LogFormat = 'json' | 'pretty'

/** Where log lines go: a stream-like sink (stdout by default; tests pass their own). */
export type LogSink = { write: (line: string) => void }

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
}
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname'])

/**
 * For a person at a terminal: `12:00:01 INFO message key=value`, no dependency. Machines (a pipe,
 * a file, a log shipper) get pino's JSON, one object a line.
 */
export function prettySink(out: LogSink): LogSink {
  return {
    write(line: string) {
      let o: Record<string, unknown>
      try {
        o = JSON.parse(line) as Record<string, unknown>
      } catch {
        out.write(line)
        return
      }
      const time = String(o.time ?? '').slice(11, 19)
      const level = LEVEL_NAMES[Number(o.level)] ?? String(o.level)
      const rest = Object.entries(o)
        .filter(([k]) => !HIDDEN.has(k))
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      out.write(
        `${time} ${level} ${String(o.msg ?? '')}${rest.length ? ` ${rest.join(' ')}` : ''}\n`,
      )
    },
  }
}

/**
 * A logger writing one JSON object per line, each carrying the id of the request it was written
 * during (`requestId`), so every line of one request can be found together.
 */
export function createLogger(opts: { format?: LogFormat; sink?: LogSink } = {}) {
  const format = opts.format ?? (process.stdout.isTTY ? 'pretty' : 'json')
  // pino's own destination writes stdout synchronously: nothing is lost on process.exit.
  const sink = opts.sink ?? (format === 'pretty' ? process.stdout : pino.destination(1))
  return pino(
    {
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId()
        return requestId ? { requestId } : {}
      },
    },
    format === 'pretty' ? prettySink(sink) : sink,
  )
}

export type Logger = ReturnType<typeof createLogger>

function formatFromEnv(value: string | undefined): LogFormat | undefined {
  return value === 'json' || value === 'pretty' ? value : undefined
}

/**
 * The process's logger. LOG_FORMAT is read here rather than from the validated env because lines are
 * written before (and about) a configuration that does not validate; server/env.ts checks it too.
 */
export const log = createLogger({ format: formatFromEnv(process.env.LOG_FORMAT) })
