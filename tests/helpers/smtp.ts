import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = {
  from: string
  to: string[]
  subject: string
  text: string
  raw: string
}

/** Decodes the body of a single-part message as its Content-Transfer-Encoding says. */
function decodeBody(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  let text = body
  if (encoding === 'quoted-printable')
    text = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8')
  else if (encoding === 'base64') text = Buffer.from(body, 'base64').toString('utf8')
  return { subject: header('Subject'), text: text.replace(/\r\n/g, '\n') }
}

/**
 * A real SMTP server on a loopback port (the `smtp-server` package), no TLS or auth, keeping every
 * message it accepts; `next()` waits for the next one.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = []
  const waiters: ((m: ReceivedMail) => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...decodeBody(raw),
        }
        const waiter = waiters.shift()
        if (waiter) waiter(mail)
        else received.push(mail)
        callback()
      })
    },
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** The next message (one already received, or the next to arrive), within `ms`. */
    next(ms = 10_000): Promise<ReceivedMail> {
      const queued = received.shift()
      if (queued) return Promise.resolve(queued)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no mail within ${ms} ms`)), ms)
        waiters.push((m) => {
          clearTimeout(timer)
          resolve(m)
        })
      })
    },
    /** Messages received and not yet taken with `next`. */
    pending: () => received.length,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

/** The one-time link in a Fixpoint mail, and its token. */
export function linkIn(mail: ReceivedMail) {
  const link = /https?:\/\/\S+#token=[\w-]+/.exec(mail.text)?.[0]
  if (!link) throw new Error(`no link in the mail:\n${mail.text}`)
  return { link, token: link.split('#token=')[1] as string, path: new URL(link).pathname }
}
