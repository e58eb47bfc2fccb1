import { describe, expect, it } from 'vitest'
import { jsonText, withJsonField } from './json-text'

describe('JSON text made once', () => {
  it('splices a field into an object as JSON.stringify would have written it', () => {
    const procedure = { id: 'p', steps: [{ id: 'a', title: 'Ä "quoted"\n' }] }
    const head = { id: 's1', token: 't', escalation: null }
    const text = withJsonField(head, 'procedure', jsonText(procedure))
    expect(JSON.parse(text)).toEqual({ ...head, procedure })
  })

  it('writes null for a missing value, and works on an empty head', () => {
    expect(JSON.parse(withJsonField({ id: 'x' }, 'procedure', null))).toEqual({
      id: 'x',
      procedure: null,
    })
    expect(JSON.parse(withJsonField({}, 'procedure', jsonText([1])))).toEqual({ procedure: [1] })
  })
})
