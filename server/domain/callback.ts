import * as z from 'zod/mini'

/**
 * A callback request: when no agent can help now, the customer leaves a name, a phone number or an
 * email address, a time window and their consent, and an agent calls back with the repair's whole
 * context. zod/mini: the customer's form checks its input with the same schema the server does.
 */

const MINUTE = 60_000
/** Windows end in the future, start within two weeks, and last 30 minutes to 12 hours. */
export const CALLBACK_HORIZON_MS = 14 * 24 * 60 * MINUTE
const MIN_WINDOW_MS = 30 * MINUTE
const MAX_WINDOW_MS = 12 * 60 * MINUTE

/** Digits with the usual separators and an optional leading +; 6 to 20 digits. */
const PHONE = /^\+?[0-9 ()./-]{6,30}$/
const digits = (s: string) => s.replace(/\D/g, '').length

const when = (v: string) => Date.parse(v)

export const CallbackRequestSchema = z
  .object({
    /** Where the customer is, as for a help request; the server adds product and version. */
    stepId: z.string().check(z.minLength(1), z.maxLength(80)),
    timeOnStepMs: z.int().check(z.minimum(0), z.maximum(86_400_000)),
    path: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(500)),
    mode: z.enum(['immersive-ar', 'inline']),
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter your name.'),
        z.maxLength(100, 'Use at most 100 characters.'),
      ),
    phone: z.optional(
      z.string().check(
        z.trim(),
        z.maxLength(30, 'Use at most 30 characters.'),
        z.refine(
          (v) => v === '' || (PHONE.test(v) && digits(v) >= 6 && digits(v) <= 20),
          'Enter a phone number such as +44 20 7946 0958.',
        ),
      ),
    ),
    email: z.optional(
      z.string().check(
        z.trim(),
        z.maxLength(254, 'Use at most 254 characters.'),
        z.refine(
          (v) => v === '' || z.email().safeParse(v).success,
          'Enter an email address such as ann@example.com.',
        ),
      ),
    ),
    windowStart: z.iso.datetime({ offset: true, error: 'Choose when we may call.' }),
    windowEnd: z.iso.datetime({ offset: true, error: 'Choose when we may call.' }),
    /** The customer's IANA time zone, so the agent sees the window in the customer's time too. */
    timeZone: z.optional(z.string().check(z.maxLength(64))),
    consent: z.boolean(),
  })
  .check(
    z.refine((v) => Boolean(v.phone || v.email), {
      error: 'Give a phone number or an email address.',
      path: ['phone'],
    }),
    z.refine(
      (v) => {
        const start = when(v.windowStart)
        const end = when(v.windowEnd)
        return (
          end - start >= MIN_WINDOW_MS &&
          end - start <= MAX_WINDOW_MS &&
          end > Date.now() &&
          start < Date.now() + CALLBACK_HORIZON_MS
        )
      },
      {
        error: 'Choose a time window that has not passed, within the next two weeks.',
        path: ['windowStart'],
      },
    ),
    z.refine((v) => v.consent, {
      error: 'Tick the box to agree that we call or email you.',
      path: ['consent'],
    }),
  )
export type CallbackRequest = z.infer<typeof CallbackRequestSchema>
export type CallbackRequestInput = z.input<typeof CallbackRequestSchema>

/** A window the form offers: local times, with the words to show. */
export type CallbackWindow = { id: string; start: Date; end: Date; day: number; part: DayPart }
export type DayPart = 'soon' | 'morning' | 'afternoon' | 'evening'
const PARTS: { part: Exclude<DayPart, 'soon'>; from: number; to: number }[] = [
  { part: 'morning', from: 9, to: 12 },
  { part: 'afternoon', from: 12, to: 17 },
  { part: 'evening', from: 17, to: 20 },
]

/**
 * The windows the callback form offers from `now`, in the customer's local time: "within the next
 * two hours", then mornings, afternoons and evenings of today (those not yet over) and the next
 * two days. `day` is 0 for today.
 */
export function callbackWindows(now: Date): CallbackWindow[] {
  const out: CallbackWindow[] = [
    {
      id: 'soon',
      start: now,
      end: new Date(now.getTime() + 120 * MINUTE),
      day: 0,
      part: 'soon',
    },
  ]
  for (let day = 0; day < 3; day++)
    for (const p of PARTS) {
      const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + day, p.from)
      const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + day, p.to)
      // Today's window still open for at least half an hour; its start is now at the earliest.
      if (end.getTime() - now.getTime() < MIN_WINDOW_MS) continue
      out.push({
        id: `${day}-${p.part}`,
        start: start < now ? now : start,
        end,
        day,
        part: p.part,
      })
    }
  return out
}
