import { describe, expect, it } from 'vitest'
import { PORTLAND_SEARCH, SEATTLE_SEARCH, SOFTWARE_TITLE_SEARCH } from '../../../../../test/fixtures/replies'
import { freshness, locationOptions, locationQuestion, titleOptions } from './roleLookup'

describe('autocomplete options', () => {
  it('show each title with its occupation', () => {
    expect(titleOptions(SOFTWARE_TITLE_SEARCH)[1]).toMatchObject({
      label: 'Software Engineer',
      detail: 'Software Developers',
    })
    expect(titleOptions(null)).toEqual([])
  })

  it('carry each place’s area code', () => {
    expect(locationOptions(SEATTLE_SEARCH)[0]).toEqual({
      key: '42660|Seattle, WA',
      label: 'Seattle, WA',
      detail: 'Seattle-Tacoma-Bellevue, WA',
      areaCode: '42660',
    })
  })
})

describe('locationQuestion', () => {
  const search = { query: 'Portland', result: PORTLAND_SEARCH }

  it('asks when the search for the typed text is ambiguous', () => {
    expect(locationQuestion(' Portland ', null, search, null)).toEqual({
      name: 'Portland',
      choices: [
        { label: 'Portland, OR', areaCode: '38900', detail: 'Portland-Vancouver-Hillsboro, OR-WA' },
        { label: 'Portland, ME', areaCode: '38860', detail: 'Portland-South Portland, ME' },
      ],
    })
  })

  it('asks when the estimate says ambiguous, matching its labels to area codes', () => {
    const error = {
      code: 'ambiguous-location' as const,
      field: 'location',
      message: 'Several places are called Portland.',
      suggestions: ['Portland, ME', 'Portland, TX'],
    }
    const unambiguousSearch = { query: 'Portland', result: { ...PORTLAND_SEARCH, ambiguous: false } }
    expect(locationQuestion('Portland', null, unambiguousSearch, error)?.choices).toEqual([
      { label: 'Portland, ME', areaCode: '38860', detail: 'Portland-South Portland, ME' },
      { label: 'Portland, TX', areaCode: null },
    ])
  })

  it('understands suggestions written as “label (area)”', () => {
    const error = {
      code: 'ambiguous-location' as const,
      message: 'Location "Portland" could mean several places.',
      suggestions: [
        'Portland, ME (Portland-South Portland, ME)',
        'Portland, OR (Portland-Vancouver-Hillsboro, OR-WA)',
      ],
    }
    expect(
      locationQuestion('Portland', null, search, error)?.choices.map((c) => [c.label, c.areaCode]),
    ).toEqual([
      ['Portland, ME', '38860'],
      ['Portland, OR', '38900'],
    ])
  })

  it('does not ask once an area is picked, for other text, or for a clear place', () => {
    expect(locationQuestion('Portland', '38900', search, null)).toBeNull()
    expect(locationQuestion('Portlan', null, search, null)).toBeNull()
    expect(locationQuestion('Seattle', null, { query: 'Seattle', result: SEATTLE_SEARCH }, null)).toBeNull()
  })
})

describe('freshness', () => {
  const base = { hasResult: true, fieldErrors: 0, replyError: null, complete: true }

  it('is current when the form and reply are fine, and silent with no result', () => {
    expect(freshness(base)).toEqual({ stale: false, message: null })
    expect(freshness({ ...base, hasResult: false, fieldErrors: 2 })).toEqual({ stale: false, message: null })
  })

  it('marks the result out of date while a field is wrong', () => {
    expect(freshness({ ...base, fieldErrors: 1 })).toEqual({
      stale: true,
      message: 'Out of date — fix the highlighted field',
    })
    expect(
      freshness({ ...base, replyError: { code: 'unknown-title', field: 'title', message: 'Unknown title' } })
        .message,
    ).toBe('Out of date — fix the highlighted field')
  })

  it('explains other reasons', () => {
    expect(freshness({ ...base, replyError: { code: 'ambiguous-location', message: 'x' } }).message).toBe(
      'Out of date — choose which place you mean',
    )
    expect(freshness({ ...base, replyError: { code: 'internal', message: 'Worth broke.' } }).message).toBe(
      'Out of date — Worth broke.',
    )
    expect(freshness({ ...base, complete: false }).stale).toBe(true)
  })
})
