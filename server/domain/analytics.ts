import { z } from 'zod'

/**
 * The answer of `GET /api/studio/procedures/:id/analytics` (JSON; `format=csv` answers the same
 * figures as text/csv), as the OpenAPI document describes it and the studio parses it.
 */
const Count = z.number().int().min(0)
const Rate = z.number().min(0).max(1).nullable()

export const StepFiguresSchema = z.object({
  stepId: z.string(),
  reached: Count,
  medianDwellSeconds: z.number().min(0).nullable(),
  backs: Count,
  helpRequests: Count,
  endedHere: Count.describe('Sessions that ended without a fix with this as the last step viewed'),
})

export const AnalyticsFiguresSchema = z.object({
  sessions: Count,
  fixed: Count,
  notFixed: Count,
  abandoned: Count,
  escalated: Count,
  successRate: Rate.describe('fixed ÷ (fixed + not fixed); null before any answer'),
  abandonmentRate: Rate,
  escalationRate: Rate,
  medianMinutes: z.number().min(0).nullable(),
  steps: z.array(StepFiguresSchema),
})

export const LanguageFiguresSchema = z.object({
  language: z
    .string()
    .nullable()
    .describe('The content language served; null for sessions recorded before it was'),
  sessions: Count,
  fixed: Count,
  notFixed: Count,
  abandoned: Count,
  escalated: Count,
  successRate: Rate,
})

export const ProcedureAnalyticsSchema = z.object({
  procedureId: z.string(),
  version: z.number().int().min(1).nullable().describe('The version counted; null: all of them'),
  steps: z.array(z.object({ id: z.string(), title: z.string() })),
  figures: AnalyticsFiguresSchema,
  languages: z.array(LanguageFiguresSchema),
})

export type StepFigures = z.infer<typeof StepFiguresSchema>
export type Analytics = z.infer<typeof AnalyticsFiguresSchema>
export type LanguageFigures = z.infer<typeof LanguageFiguresSchema>
export type ProcedureAnalytics = z.infer<typeof ProcedureAnalyticsSchema>
