import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

/** The accounts the provider knows: login name → the `groups` claim it carries. */
export const OIDC_ACCOUNTS: Record<string, string[]> = {
  ann: ['fixpoint-authors', 'staff'],
  boss: ['fixpoint-authors', 'fixpoint-admins'],
  zed: ['staff'],
}

export const OIDC_CLIENT = { id: 'fixpoint', secret: 'fixpoint-client-secret-0123456789' }

/** The Fixpoint env for this provider (the role map names two of its groups). */
export function oidcEnv(issuer: string): Record<string, string> {
  return {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    OIDC_NAME: 'Test ID',
    OIDC_SCOPES: 'openid email profile groups',
    OIDC_ROLE_CLAIM: 'groups',
    OIDC_ROLE_MAP: JSON.stringify({ 'fixpoint-authors': 'author', 'fixpoint-admins': 'admin' }),
  }
}

/**
 * A real OpenID provider (the `oidc-provider` package) on a loopback port, with its development
 * sign-in pages (any login name, any password) and one confidential client that must use PKCE.
 * It listens first, so its issuer URL can go into Fixpoint's env; `configure` then names the
 * Fixpoint callbacks it accepts (until then it answers 503). Fixpoint discovers it on first use.
 */
export async function listenOidcProvider() {
  const server = createServer()
  let handler: ReturnType<Provider['callback']> | null = null
  server.on('request', (req, res) => {
    if (handler) return handler(req, res)
    res.statusCode = 503
    res.end('not configured yet')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const issuer = `http://127.0.0.1:${port}`
  return {
    issuer,
    configure(redirectUris: string[]) {
      handler = provider(issuer, redirectUris).callback()
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

/** `listenOidcProvider` with the callbacks known up front. */
export async function startOidcProvider(redirectUris: string[]) {
  const idp = await listenOidcProvider()
  idp.configure(redirectUris)
  return idp
}

function provider(issuer: string, redirectUris: string[]) {
  return new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    cookies: { keys: ['test-cookie-key-test-cookie-key'] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            email: `${id}@idp.example`,
            email_verified: true,
            name: id.toUpperCase(),
            groups: OIDC_ACCOUNTS[id] ?? [],
          }
        },
      }
    },
  })
}

/**
 * Signs in at the provider as `login` from a plain HTTP client: follows its redirects from the
 * authorization URL, fills in its sign-in and consent forms, and returns the URL it finally sends
 * the browser to (the Fixpoint callback with `code` and `state`).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>()
  let url = new URL(authorizationUrl)
  const issuerOrigin = url.origin
  let body: URLSearchParams | null = null
  for (let hop = 0; hop < 20; hop++) {
    const res: Response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    })
    body = null
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const eq = (pair ?? '').indexOf('=')
      if (eq > 0) jar.set(pair?.slice(0, eq) ?? '', pair?.slice(eq + 1) ?? '')
    }
    const location = res.headers.get('location')
    if (location) {
      const next = new URL(location, url)
      if (next.origin !== issuerOrigin) return next
      url = next
      await res.arrayBuffer()
      continue
    }
    const html: string = await res.text()
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${html}`)
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
    const prompt: string | undefined = /name="prompt" value="(\w+)"/.exec(html)?.[1]
    if (!action || !prompt) throw new Error(`no form on the provider's page:\n${html}`)
    url = new URL(action, url)
    body = new URLSearchParams(
      prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt },
    )
  }
  throw new Error('too many redirects at the provider')
}
