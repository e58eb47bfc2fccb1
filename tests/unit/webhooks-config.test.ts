import { describe, expect, it } from 'vitest'
import { caseFields, caseStatus } from '../../server/domain/salesforce'
import { retryDelayMs, WebhookUrlSchema } from '../../server/domain/webhooks'
import { readEnv } from '../../server/env'

const message = (source: Record<string, string>) => {
  try {
    readEnv(source)
  } catch (e) {
    return (e as Error).message
  }
  return ''
}

describe('webhook and Salesforce configuration', () => {
  it('retries for 24 hours by default, starting at 10 s and doubling up to 2 h', () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      WEBHOOK_RETRY_HOURS: 24,
      WEBHOOK_RETRY_BASE_MS: 10_000,
      WEBHOOK_RETRY_MAX_MS: 7_200_000,
      WEBHOOK_TIMEOUT_MS: 10_000,
      SALESFORCE_API_VERSION: 'v62.0',
      SALESFORCE_FIELD_MAP: {},
    })
    expect(env.SALESFORCE_LOGIN_URL).toBeUndefined()
    const waits = [1, 2, 3, 4].map((n) => retryDelayMs(n, 10_000, 7_200_000))
    expect(waits).toEqual([10_000, 20_000, 40_000, 80_000])
    expect(retryDelayMs(30, 10_000, 7_200_000)).toBe(7_200_000)
    // ±10% jitter at the extremes.
    expect(retryDelayMs(1, 10_000, 7_200_000, 0)).toBe(9_000)
    expect(retryDelayMs(1, 10_000, 7_200_000, 1)).toBe(11_000)
  })

  it('wants the Salesforce URL, key and secret together, and names a bad field map', () => {
    expect(message({ SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com' })).toMatch(
      /set SALESFORCE_LOGIN_URL, SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET together/,
    )
    expect(message({ SALESFORCE_FIELD_MAP: '{"shoeSize":"Shoe__c"}' })).toMatch(
      /SALESFORCE_FIELD_MAP: must be a JSON object of field \(sessionId, product/,
    )
    expect(message({ SALESFORCE_API_VERSION: '62' })).toMatch(
      /SALESFORCE_API_VERSION: must look like v62.0/,
    )
    expect(
      readEnv({ SALESFORCE_FIELD_MAP: '{"serial":"Serial_Number__c"}' }).SALESFORCE_FIELD_MAP,
    ).toEqual({ serial: 'Serial_Number__c' })
  })

  it('accepts only http(s) endpoint URLs without credentials', () => {
    expect(WebhookUrlSchema.safeParse('https://hooks.example.com/in').success).toBe(true)
    expect(WebhookUrlSchema.safeParse('http://10.0.0.5:8080/in').success).toBe(true)
    for (const bad of [
      'ftp://x.example.com',
      'file:///etc/passwd',
      'https://u:p@x.example.com',
      '',
    ])
      expect(WebhookUrlSchema.safeParse(bad).success).toBe(false)
  })

  it('maps a hand-off to Case fields: status by resolution, custom fields by the map', () => {
    expect(caseStatus(null, null)).toBe('New')
    expect(caseStatus('resolved', 'fixed')).toBe('Closed')
    expect(caseStatus('dispatch_technician', 'escalated')).toBe('Escalated')
    const fields = caseFields(
      {
        session: {
          id: '00000000-0000-4000-8000-000000000001',
          productId: 'kettle',
          productName: 'Kettle K2',
          serial: null,
          procedureId: 'lid',
          procedureTitle: 'Fix the lid',
          version: 2,
          mode: 'inline',
          outcome: 'not_fixed',
          stepId: 'hinge',
          stepTitle: 'Check the hinge',
          path: ['open', 'hinge'],
          startedAt: '2026-12-03T10:00:00.000Z',
          url: 'https://repair.example.com/s/1',
        },
        stuckStep: 'Check the hinge',
        outcome: 'not_fixed',
        resolution: null,
        notes: '',
      },
      'Phone',
      { path: 'Path__c', version: 'Version__c' },
    )
    expect(fields).toMatchObject({
      Subject: 'Kettle K2: Fix the lid',
      Status: 'New',
      Origin: 'Phone',
      Path__c: 'open → hinge',
      Version__c: 2,
    })
    expect(fields.Description).toContain('Serial number: not given')
  })
})
