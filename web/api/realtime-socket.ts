import type { ClientMessageInput, ServerMessage } from '../../server/domain/realtime'
import { whenNetworkQuiet } from '../pwa/start-service-worker'

export type { ServerMessage }

type Parse = (text: string) => ServerMessage | null
let parser: Promise<Parse> | null = null

/**
 * The contract's parser. Its schemas (zod/mini, ~17 kB gzip) are their own chunk, fetched with the
 * first message or once the page's network is quiet, whichever comes first: the customer's guide paints its
 * first step card without them, and they do not share the phone's bandwidth with it. A failed
 * fetch is tried again with the next message.
 */
function loadParser(): Promise<Parse> {
  parser ??= import('../../server/domain/realtime').then(
    ({ ServerMessageSchema }) =>
      (text: string) => {
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          console.warn('A realtime message is not JSON; dropped.', text.slice(0, 200))
          return null
        }
        const parsed = ServerMessageSchema.safeParse(json)
        if (parsed.success) return parsed.data
        console.warn('A realtime message was not understood; dropped.', json, parsed.error.issues)
        return null
      },
    (err: unknown) => {
      parser = null
      throw err
    },
  )
  return parser
}

/** `signed_out`: the server closed it with 4401 (the member was deactivated); no reconnect. */
export type SocketState = 'connecting' | 'open' | 'closed' | 'signed_out'

/**
 * The one WebSocket to the server, reconnecting with backoff (a server restart closes with 1012
 * and a reconnect hint). Messages sent while disconnected wait and go out on reconnect.
 * Room messages carry `channel` and a rising `seq`; a reconnect asks for what was missed since the
 * last one seen (`?resume=`), and a number already seen is never handed on twice. Every message
 * is parsed with ServerMessageSchema before a handler sees it, in the order received (messages
 * that arrive before the schema's chunk wait for it); one that does not parse is logged and dropped.
 */
export class RealtimeSocket {
  private ws: WebSocket | null = null
  private handlers = new Set<(m: ServerMessage) => void>()
  private stateHandlers = new Set<(s: SocketState) => void>()
  private pending: string[] = []
  private lastSeq = new Map<string, number>()
  /** Received, waiting for the parser's chunk. */
  private inbox: string[] = []
  private parse: Parse | null = null
  private attempt = 0
  private stopped = false
  private timer: ReturnType<typeof setTimeout> | null = null
  state: SocketState = 'connecting'

  constructor(private readonly path: string) {
    this.open()
    whenNetworkQuiet(() => this.parse ?? this.loadParser())
  }

  private loadParser() {
    loadParser().then(
      (parse) => {
        this.parse = parse
        this.deliver()
      },
      (err: unknown) => console.warn('The realtime messages cannot be read yet.', err),
    )
  }

  /** Hands on what was received, in order, once the parser is in. */
  private deliver() {
    const parse = this.parse
    if (!parse) return
    // A socket closed by its page hands on nothing more, as before it buffered.
    if (this.stopped && this.state !== 'signed_out') this.inbox.length = 0
    for (const text of this.inbox.splice(0)) {
      const m = parse(text)
      if (!m) continue
      if (m.type === 'error')
        console.warn(`The server refused a realtime message (${m.code}): ${m.message}`, m.fields)
      if ('seq' in m) {
        if (m.seq <= (this.lastSeq.get(m.channel) ?? 0)) continue
        this.lastSeq.set(m.channel, m.seq)
      }
      for (const h of this.handlers) h(m)
    }
  }

  private setState(s: SocketState) {
    this.state = s
    for (const h of this.stateHandlers) h(s)
  }

  private open() {
    const url = new URL(this.path, window.location.href)
    if (this.lastSeq.size > 0)
      url.searchParams.set('resume', JSON.stringify(Object.fromEntries(this.lastSeq)))
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
    const ws = new WebSocket(url)
    this.ws = ws
    this.setState('connecting')
    ws.onopen = () => {
      this.attempt = 0
      this.setState('open')
      for (const m of this.pending.splice(0)) ws.send(m)
    }
    ws.onmessage = (e) => {
      this.inbox.push(String(e.data))
      if (this.parse) this.deliver()
      else if (this.inbox.length === 1) this.loadParser()
    }
    ws.onclose = (e) => {
      this.ws = null
      if (e.code === 4401) {
        // Signed out everywhere: reconnecting would only be refused.
        this.stopped = true
        this.setState('signed_out')
        return
      }
      this.setState('closed')
      if (this.stopped) return
      const delay = Math.min(10_000, 300 * 2 ** this.attempt++) * (0.75 + Math.random() / 2)
      this.timer = setTimeout(() => this.open(), delay)
    }
  }

  send(message: ClientMessageInput) {
    const text = JSON.stringify(message)
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(text)
    else this.pending.push(text)
  }

  subscribe(handler: (m: ServerMessage) => void) {
    this.handlers.add(handler)
    return () => {
      this.handlers.delete(handler)
    }
  }

  onState(handler: (s: SocketState) => void) {
    this.stateHandlers.add(handler)
    return () => {
      this.stateHandlers.delete(handler)
    }
  }

  close() {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.ws?.close()
  }
}

/** The socket of a customer's repair session. */
export function customerSocket(sessionId: string, token: string) {
  const q = new URLSearchParams({ session: sessionId, token })
  return new RealtimeSocket(`/api/ws?${q}`)
}

/** The socket of a signed-in staff member (the session cookie authenticates it). */
export function staffSocket() {
  return new RealtimeSocket('/api/ws')
}
