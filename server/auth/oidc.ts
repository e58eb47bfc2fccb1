import type * as Oidc from 'openid-client'
import type { StaffRole } from '../domain/staff'

export type OidcSettings = {
  issuer: string
  clientId: string
  clientSecret: string | undefined
  name: string
  scopes: string
  roleClaim: string
  roleMap: Record<string, StaffRole>
}

/** What a sign-in in progress keeps in its signed, short-lived cookie between start and callback. */
export type PendingSignIn = {
  state: string
  nonce: string
  verifier: string
  redirectUri: string
  next: string
}

export type SsoIdentity = {
  subject: string
  email: string | null
  emailVerified: boolean
  name: string
  claim: unknown
}

/** Plain http is accepted only for an issuer on this machine (a test or a local provider). */
function isLoopback(url: URL) {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}

/**
 * OpenID Connect sign-in (authorization code with PKCE, state and nonce) with `openid-client`. The
 * provider's metadata is discovered on first use, not at start, so a provider that is down does
 * not stop the server; a failed discovery is tried again on the next sign-in.
 */
/** openid-client, loaded with the first sign-in: a server without SSO never holds it. */
const library = () => import('openid-client')

export class OidcClient {
  private config: Promise<Oidc.Configuration> | null = null

  constructor(readonly settings: OidcSettings) {}

  private async discover() {
    const s = this.settings
    const issuer = new URL(s.issuer)
    const oidc = await library()
    this.config ??= oidc
      .discovery(
        issuer,
        s.clientId,
        undefined,
        s.clientSecret ? oidc.ClientSecretBasic(s.clientSecret) : oidc.None(),
        isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        this.config = null
        throw err
      })
    return this.config
  }

  /** The provider's authorization URL and what the callback must find again. */
  async start(redirectUri: string, next: string): Promise<{ url: string; pending: PendingSignIn }> {
    const config = await this.discover()
    const oidc = await library()
    const verifier = oidc.randomPKCECodeVerifier()
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier,
      redirectUri,
      next,
    }
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    })
    return { url: url.href, pending }
  }

  /**
   * Redeems the code: the state, the nonce in the ID token, the PKCE verifier and the token's
   * signature are all checked (any mismatch throws); the role claim is read from the ID token, or
   * from userinfo when the provider puts it there.
   */
  async finish(pending: PendingSignIn, search: string): Promise<SsoIdentity> {
    const config = await this.discover()
    const oidc = await library()
    const current = new URL(pending.redirectUri)
    current.search = search
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    })
    const id = tokens.claims()
    if (!id) throw new Error('the provider returned no ID token')
    let claims: Record<string, unknown> = { ...id }
    if (claims[this.settings.roleClaim] === undefined || claims.email === undefined) {
      // The ID token's own claims win; userinfo fills in what it left out.
      const info = await oidc.fetchUserInfo(config, tokens.access_token, id.sub)
      claims = { ...info, ...claims }
      for (const [k, v] of Object.entries(claims)) if (v === undefined) claims[k] = info[k]
    }
    const email = typeof claims.email === 'string' ? claims.email : null
    const name = typeof claims.name === 'string' ? claims.name : ''
    return {
      subject: `${id.iss} ${id.sub}`,
      email,
      emailVerified: claims.email_verified === true,
      name: name.slice(0, 100),
      claim: claims[this.settings.roleClaim],
    }
  }
}
