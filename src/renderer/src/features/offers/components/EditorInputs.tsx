// Small labelled controls for the saved-offer editor: a text field and a group of radio buttons.
import { TextField } from '../../../components/TextField'
import { EDITOR_LABELS, type EditorField } from '../offerEditor'

export const editorId = (field: EditorField) => `saved-offer-${field}`

/** Typing in and leaving the editor's fields, sent to its reducer. */
export interface EditorEvents {
  onEdit: (field: EditorField, text: string) => void
  onLeave: (field: EditorField) => void
}

export interface EditorControlProps extends EditorEvents {
  field: EditorField
  value: string
  error?: string
}

export function EditorTextField({
  field,
  value,
  error,
  onEdit,
  onLeave,
  hint,
  numeric = false,
}: EditorControlProps & { hint?: string; numeric?: boolean }) {
  return (
    <TextField
      id={editorId(field)}
      label={EDITOR_LABELS[field]}
      hint={hint}
      error={error}
      value={value}
      numeric={numeric}
      onInput={(text) => onEdit(field, text)}
      onLeave={() => onLeave(field)}
    />
  )
}

export function EditorRadios({
  field,
  value,
  options,
  onEdit,
}: {
  field: EditorField
  value: string
  options: readonly { value: string; label: string }[]
  onEdit: (field: EditorField, text: string) => void
}) {
  return (
    <fieldset className="radio-group">
      <legend>{EDITOR_LABELS[field]}</legend>
      <div className="radio-row">
        {options.map((option) => (
          <label key={option.value} className="toggle">
            <input
              type="radio"
              name={editorId(field)}
              value={option.value}
              checked={value === option.value}
              onChange={() => onEdit(field, option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
