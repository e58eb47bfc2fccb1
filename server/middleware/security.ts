import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Secure headers for every answer: a CSP that allows our own origin only (plus what WebAssembly,
 * workers and blob URLs for models and USDZ need), camera, microphone and WebXR for our origin only,
 * no framing (except the agent console for FRAME_ANCESTORS), and HSTS when served over HTTPS.
 */
export function securityHeaders(
  secure: boolean,
  frameAncestors: string[] = ["'none'"],
): MiddlewareHandler {
  const strict = headersFor(secure, ["'none'"])
  if (frameAncestors.length === 1 && frameAncestors[0] === "'none'") return strict
  const embeddable = headersFor(secure, frameAncestors)
  return (c, next) => (EMBEDDABLE.test(c.req.path) ? embeddable(c, next) : strict(c, next))
}

/**
 * The pages FRAME_ANCESTORS opens to framing: the agent console and the sign-in page it sends a
 * signed-out agent to. Everything else (customer pages, studio, the API) stays unframeable.
 */
export const EMBEDDABLE = /^\/(agent|login)\/?$/

function headersFor(secure: boolean, frameAncestors: string[]): MiddlewareHandler {
  const framed = frameAncestors[0] !== "'none'"
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      workerSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'", 'blob:', 'data:'],
      imgSrc: ["'self'", 'data:', 'blob:'],
      mediaSrc: ["'self'", 'blob:', 'mediastream:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors,
    },
    permissionsPolicy: {
      camera: ['self'],
      microphone: ['self'],
      xrSpatialTracking: ['self'],
      geolocation: [],
      payment: [],
    },
    strictTransportSecurity: secure ? 'max-age=31536000; includeSubDomains' : false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    // X-Frame-Options cannot name other origins; where framing is allowed, the CSP says who.
    xFrameOptions: framed ? false : 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
  })
}
