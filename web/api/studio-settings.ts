import { type StudioSettings, StudioSettingsSchema } from '../../server/domain/studio-settings'
import { errorFromResponse } from './api-error'
import { client } from './client'

/**
 * How the server is reached: `PUBLIC_URL` and the HTTPS LAN URL (each null when there is none),
 * parsed with the domain schema. ApiError 401/403 for anyone but authors and admins.
 */
export async function getStudioSettings(): Promise<StudioSettings> {
  const res = await client.api.studio.settings.$get()
  if (!res.ok) throw await errorFromResponse(res)
  return StudioSettingsSchema.parse(await res.json())
}
