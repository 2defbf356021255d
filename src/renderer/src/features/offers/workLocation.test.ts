// The editor's "Work location (if different)": optional, trimmed, kept through save and reopen, older offers and
// drafts without it open with it empty, and the backend's check lands on the field.
import { describe, expect, it } from 'vitest'
import { SEATTLE } from '../../../../../test/fixtures/offers'
import { problemsToErrors } from './offerCheck'
import { EDITOR_LABELS, editorTextFor, fromEditorDraft, readEditor } from './offerEditor'
import { minimalEditorText } from '../../test/editorText'

const text = minimalEditorText({ label: 'Dearborn', location: 'Dearborn, MI', base: '100k' })

describe('work location in the offer editor', () => {
  it('is labelled, optional and trimmed', () => {
    expect(EDITOR_LABELS.workLocation).toBe('Work location (if different)')
    expect(readEditor(text).content).not.toHaveProperty('workLocation')
    expect(readEditor({ ...text, workLocation: '  Detroit, MI ' }).content).toMatchObject({
      location: 'Dearborn, MI',
      workLocation: 'Detroit, MI',
    })
    expect(readEditor({ ...text, workLocation: 'x'.repeat(201) }).errors.workLocation).toBe(
      'Work location (if different) must be at most 200 characters.',
    )
  })

  it('reopens a saved offer with it, and an older offer or draft without it as empty', () => {
    expect(editorTextFor({ ...SEATTLE, workLocation: 'Detroit, MI' }).workLocation).toBe('Detroit, MI')
    expect(editorTextFor(SEATTLE).workLocation).toBe('')
    expect(fromEditorDraft({ text: { ...text, workLocation: undefined } })!.text.workLocation).toBe('')
  })

  it('shows the backend check on the field', () => {
    const message =
      'Work location "Austin, TX" is in TX, not MI: Worth computes taxes as if you live and work in one state.'
    expect(problemsToErrors([{ field: 'workLocation', message }])).toEqual({
      errors: { workLocation: message },
      other: [],
    })
  })
})
