import { Hono } from 'hono'
import type { AppEnv } from '../context'
import type { StudioSettings } from '../domain/studio-settings'
import { StudioSettingsSchema } from '../domain/studio-settings'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'

/** How the server is reached (PUBLIC_URL, the HTTPS LAN URL), for printed labels in the studio. */
export const studioSettingsRoutes = new Hono<AppEnv>()
  .use('*', requireRole('author', 'admin'))
  .get(
    '/',
    doc('studio', 'Addresses for printed labels', { 200: json(StudioSettingsSchema) }),
    (c) => {
      const { env, lanUrl } = c.var.deps
      const settings: StudioSettings = { publicUrl: env.PUBLIC_URL ?? null, lanUrl: lanUrl ?? null }
      return c.json(settings, 200)
    },
  )
