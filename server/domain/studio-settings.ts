import { z } from 'zod'

/**
 * `GET /api/studio/settings`: what the studio needs to know about how the server is reached.
 * `publicUrl` is `PUBLIC_URL` as configured (null when unset); `lanUrl` is the HTTPS address on the
 * local network when the server runs with `--https` (null otherwise, or when it has no LAN address).
 * Printed labels encode one of them, so neither is ever guessed from the browser's own address.
 */
export const StudioSettingsSchema = z.object({
  publicUrl: z.url().nullable(),
  lanUrl: z.url().nullable(),
})

export type StudioSettings = z.infer<typeof StudioSettingsSchema>
