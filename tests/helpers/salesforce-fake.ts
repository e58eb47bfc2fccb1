import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type SalesforceCall = {
  method: string
  path: string
  auth: string | null
  body: string
  status: number
}

/**
 * A local stand-in for a Salesforce org that checks the documented request shapes: the OAuth 2.0
 * client credentials token request (form-encoded, grant_type, client id and secret), and the REST
 * sObject Case create (POST, JSON, Bearer token) and update (PATCH by id, 204). Tokens can be
 * expired (401 INVALID_SESSION_ID, as Salesforce answers) and the next data call made to fail.
 */
export async function startSalesforceFake(opts: {
  clientId: string
  clientSecret: string
  apiVersion: string
}) {
  const calls: SalesforceCall[] = []
  const cases = new Map<string, Record<string, unknown>>()
  const valid = new Set<string>()
  const failures: number[] = []
  let url = ''

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' })
    res.end(body === undefined ? undefined : JSON.stringify(body))
    return status
  }

  const handle = (req: IncomingMessage, body: string, res: ServerResponse): number => {
    const path = req.url ?? ''
    if (req.method === 'POST' && path === '/services/oauth2/token') {
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded')
        return send(res, 400, {
          error: 'invalid_request',
          error_description: 'form encoding expected',
        })
      const form = new URLSearchParams(body)
      if (form.get('grant_type') !== 'client_credentials')
        return send(res, 400, {
          error: 'unsupported_grant_type',
          error_description: 'grant type not supported',
        })
      if (
        form.get('client_id') !== opts.clientId ||
        form.get('client_secret') !== opts.clientSecret
      )
        return send(res, 400, {
          error: 'invalid_client',
          error_description: 'invalid client credentials',
        })
      const token = `00D!${randomBytes(12).toString('hex')}`
      valid.add(token)
      return send(res, 200, {
        access_token: token,
        instance_url: url,
        id: `${url}/id/00Dxx0000000001/005xx0000000001`,
        token_type: 'Bearer',
        issued_at: String(Date.now()),
        signature: 'c2ln',
      })
    }
    const base = `/services/data/${opts.apiVersion}/sobjects/Case`
    if (!path.startsWith(base))
      return send(res, 404, [
        { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
      ])
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!token || !valid.has(token))
      return send(res, 401, [
        { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
      ])
    const failure = failures.shift()
    if (failure)
      return send(res, failure, [{ errorCode: 'SERVER_UNAVAILABLE', message: 'Try again later' }])
    if (req.headers['content-type'] !== 'application/json')
      return send(res, 415, [{ errorCode: 'UNSUPPORTED_MEDIA_TYPE', message: 'JSON expected' }])
    let fields: Record<string, unknown>
    try {
      fields = JSON.parse(body) as Record<string, unknown>
    } catch {
      return send(res, 400, [{ errorCode: 'JSON_PARSER_ERROR', message: 'not JSON' }])
    }
    if (req.method === 'POST' && path === base) {
      if (typeof fields.Subject !== 'string' || typeof fields.Status !== 'string')
        return send(res, 400, [{ errorCode: 'REQUIRED_FIELD_MISSING', message: 'Subject, Status' }])
      const id = `500${randomBytes(6).toString('hex').slice(0, 12).toUpperCase()}`
      cases.set(id, fields)
      return send(res, 201, { id, success: true, errors: [] })
    }
    const m = new RegExp(`^${base}/(\\w{15,18})$`).exec(path)
    if (req.method === 'PATCH' && m?.[1]) {
      const existing = cases.get(m[1])
      if (!existing)
        return send(res, 404, [
          { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
        ])
      if ('Id' in fields)
        return send(res, 400, [{ errorCode: 'INVALID_FIELD', message: 'Id in body' }])
      cases.set(m[1], { ...existing, ...fields })
      return send(res, 204)
    }
    return send(res, 405, [{ errorCode: 'METHOD_NOT_ALLOWED', message: 'no' }])
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const status = handle(req, body, res)
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        auth: req.headers.authorization ?? null,
        body,
        status,
      })
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    calls,
    cases,
    /** Every token issued so far stops working, as when a session times out in Salesforce. */
    expireTokens: () => valid.clear(),
    /** The next data calls answer these statuses. */
    failNext: (...statuses: number[]) => failures.push(...statuses),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
