import { describe, expect, it } from 'vitest'
import {
  EMPTY_INSIGHTS_FORM,
  fromInsightsDraft,
  initialInsightsForm,
  insightsFormReducer,
  readInsightsForm,
  toInsightsDraft,
  visibleInsightsErrors,
  type InsightsFormAction,
  type InsightsFormState,
} from './insightsForm'

function run(actions: InsightsFormAction[], from: InsightsFormState = EMPTY_INSIGHTS_FORM) {
  return actions.reduce(insightsFormReducer, from)
}

describe('insights form', () => {
  it('reads the typed title and place into a request, trimmed', () => {
    const state = run([
      { type: 'edit', field: 'title', text: '  Registered Nurse ' },
      { type: 'edit', field: 'location', text: 'Cleveland, OH' },
    ])
    expect(readInsightsForm(state)).toEqual({
      errors: {},
      request: { title: 'Registered Nurse', location: 'Cleveland, OH' },
    })
  })

  it('asks for both fields, showing a message only once a field is touched', () => {
    const reading = readInsightsForm(EMPTY_INSIGHTS_FORM)
    expect(reading.request).toBeNull()
    expect(reading.errors.title).toMatch(/^Job title is required/)
    expect(reading.errors.location).toMatch(/^Location is required/)
    expect(visibleInsightsErrors(EMPTY_INSIGHTS_FORM, reading.errors)).toEqual({})
    const touched = run([{ type: 'leave', field: 'location' }])
    expect(Object.keys(visibleInsightsErrors(touched, readInsightsForm(touched).errors))).toEqual([
      'location',
    ])
  })

  it('refuses text over 200 characters', () => {
    const state = run([
      { type: 'edit', field: 'title', text: 'x'.repeat(201) },
      { type: 'edit', field: 'location', text: 'Ohio' },
    ])
    expect(readInsightsForm(state).errors.title).toBe('Job title must be at most 200 characters.')
  })

  it('sends a related occupation by SOC, and drops it when the title is edited', () => {
    const picked = run([
      { type: 'edit', field: 'location', text: 'United States' },
      { type: 'pickTitle', title: 'Database Architects', soc: '15-1243' },
    ])
    expect(readInsightsForm(picked).request).toEqual({
      title: 'Database Architects',
      soc: '15-1243',
      location: 'United States',
    })
    const edited = run([{ type: 'edit', field: 'title', text: 'Database Architect' }], picked)
    expect(readInsightsForm(edited).request).not.toHaveProperty('soc')
  })

  it('sends a picked area code until the location is edited', () => {
    const picked = run([
      { type: 'edit', field: 'title', text: 'Nurse' },
      { type: 'pickLocation', label: 'Portland, OR', areaCode: '38900' },
    ])
    expect(readInsightsForm(picked).request).toMatchObject({ location: 'Portland, OR', areaCode: '38900' })
    const edited = run([{ type: 'edit', field: 'location', text: 'Portland, ME' }], picked)
    expect(readInsightsForm(edited).request).not.toHaveProperty('areaCode')
  })

  it('starts from a prefill, which a late draft does not overwrite', () => {
    const state = initialInsightsForm({
      title: 'Backend Architect',
      location: 'United States',
      areaCode: 'US',
    })
    expect(readInsightsForm(state).request).toEqual({
      title: 'Backend Architect',
      location: 'United States',
      areaCode: 'US',
    })
    const draft = { title: 'Old', location: 'Old, OH', soc: null, areaCode: null }
    expect(insightsFormReducer(state, { type: 'restore', draft })).toBe(state)
    expect(toInsightsDraft(insightsFormReducer(EMPTY_INSIGHTS_FORM, { type: 'restore', draft }))).toEqual(
      draft,
    )
  })

  it('keeps only well-formed drafts and prefills', () => {
    const state = run([{ type: 'pickTitle', title: 'Nurse', soc: '29-1141' }])
    expect(fromInsightsDraft(toInsightsDraft(state))).toEqual(toInsightsDraft(state))
    expect(fromInsightsDraft({ title: 3, location: 'Ohio', soc: 'DROP TABLE', areaCode: '1' })).toEqual({
      title: '',
      location: 'Ohio',
      soc: null,
      areaCode: null,
    })
    expect(fromInsightsDraft('nope')).toBeNull()
  })
})
