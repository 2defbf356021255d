// The My offers editor's text for the least it saves (a name, a title, a place and a base) in one place, for the
// tests of the editor's reading and its fields; a test changes the fields it is about.
import { EMPTY_EDITOR, type EditorText } from '../features/offers/offerEditor'

/** The text of a minimal offer: "Seattle", a Software Developer in Seattle, WA at a base of 165k; nothing else. */
export function minimalEditorText(changes: Partial<EditorText> = {}): EditorText {
  return {
    ...EMPTY_EDITOR,
    label: 'Seattle',
    title: 'Software Developer',
    location: 'Seattle, WA',
    base: '165k',
    ...changes,
  }
}
