import { describe, expect, it } from 'vitest'
import { currentCheckErrors, editorFieldOf, problemSummary, problemsToErrors } from './offerCheck'
import { EMPTY_EDITOR } from './offerEditor'

describe('the backend check of an offer', () => {
  it.each([
    ['location', 'location'],
    ['title', 'title'],
    ['equity', 'equityTotal'],
    ['equity.years', 'equityYears'],
    ['somewhere', null],
  ])('puts a problem with %s on the editor field %s', (field, editorField) => {
    expect(editorFieldOf(field)).toBe(editorField)
  })

  it('keeps a problem with no editor field apart', () => {
    expect(
      problemsToErrors([
        { field: 'location', message: 'Location: no state.' },
        { field: 'somewhere', message: 'Something else.' },
      ]),
    ).toEqual({ errors: { location: 'Location: no state.' }, other: ['Something else.'] })
  })

  it('keeps a message only while its field is as it was when checked', () => {
    const text = { ...EMPTY_EDITOR, location: 'Portland', title: 'Qwertyuiop' }
    const check = { text, errors: { location: 'No state.', title: 'Unknown title.' } }
    expect(currentCheckErrors(check, text)).toEqual(check.errors)
    expect(currentCheckErrors(check, { ...text, location: 'Portland, OR' })).toEqual({
      title: 'Unknown title.',
    })
    expect(currentCheckErrors(null, text)).toEqual({})
  })

  it('words the problems for the Compare picker with the field’s name', () => {
    expect(
      problemSummary([
        { field: 'location', message: '"Xyzzy" is not a place Worth knows.' },
        { field: 'title', message: 'Job title "Qwertyuiop" is not one Worth knows.' },
      ]),
    ).toBe('Location: "Xyzzy" is not a place Worth knows. Job title "Qwertyuiop" is not one Worth knows.')
  })
})
