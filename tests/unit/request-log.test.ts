import { setTimeout as sleep } from 'node:timers/promises'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { errorBody } from '../../server/errors'
import { requestContext, requestLogger } from '../../server/middleware/logger'
import { createLogger, type LogFormat } from '../../server/ops/log'

function capture(format: LogFormat) {
  const lines: string[] = []
  const logger = createLogger({ format, sink: { write: (l) => void lines.push(l) } })
  return {
    logger,
    lines,
    objects: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  }
}

/** An app whose handler logs across an await and whose failures are logged by onError. */
function app(logger: ReturnType<typeof createLogger>) {
  return new Hono()
    .use('*', requestContext())
    .use('*', requestLogger(logger))
    .get('/work', async (c) => {
      logger.info('started')
      await sleep(5)
      logger.warn('still going')
      return c.text('done')
    })
    .get('/boom', () => {
      throw new Error('the disk is on fire')
    })
    .onError((err, c) => {
      logger.error({ err }, 'failed')
      return c.json(errorBody('internal_error', 'Something went wrong.'), 500)
    })
}

describe('request logs', () => {
  it('puts the request id on every line written while answering it, and on no other', async () => {
    const { logger, objects } = capture('json')
    const a = app(logger)
    const [one, two] = await Promise.all([a.request('/work'), a.request('/work')])
    logger.info('between requests')
    const ids = [one?.headers.get('x-request-id'), two?.headers.get('x-request-id')]
    expect(new Set(ids).size).toBe(2)
    for (const id of ids)
      expect(
        objects()
          .filter((o) => o.requestId === id)
          .map((o) => o.msg),
      ).toEqual(['started', 'still going', 'GET /work 200'])
    expect(objects().at(-1)).not.toHaveProperty('requestId')
  })

  it('logs a failure with its stack and the id the error answer carries', async () => {
    const { logger, objects } = capture('json')
    const res = await app(logger).request('/boom', {
      headers: { 'x-request-id': 'ticket-00042' },
    })
    expect(res.status).toBe(500)
    expect(await res.json()).toMatchObject({ error: { requestId: 'ticket-00042' } })
    const failed = objects().find((o) => o.msg === 'failed')
    expect(failed).toMatchObject({ level: 50, requestId: 'ticket-00042' })
    expect(JSON.stringify(failed)).toMatch(/the disk is on fire/)
    expect(objects().at(-1)).toMatchObject({ status: 500, requestId: 'ticket-00042' })
  })

  it('writes short readable lines in the pretty format', async () => {
    const { logger, lines } = capture('pretty')
    await app(logger).request('/work', { headers: { 'x-request-id': 'ticket-00043' } })
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO started requestId=ticket-00043\n$/)
    expect(lines.at(-1)).toMatch(
      /^\d\d:\d\d:\d\d INFO GET \/work 200 requestId=ticket-00043 method=GET path=\/work status=200 ms=[\d.]+\n$/,
    )
  })
})
