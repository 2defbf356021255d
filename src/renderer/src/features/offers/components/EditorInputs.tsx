// Small labelled controls for the saved-offer editor: a text field and a group of radio buttons.
import { FormField } from '../../../components/FormField'
import { EDITOR_LABELS, type EditorField } from '../offerEditor'

export const editorId = (field: EditorField) => `saved-offer-${field}`

export interface EditorControlProps {
  field: EditorField
  value: string
  error?: string
  onEdit: (field: EditorField, text: string) => void
  onLeave: (field: EditorField) => void
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
  const id = editorId(field)
  return (
    <FormField id={id} label={EDITOR_LABELS[field]} hint={hint} error={error}>
      {({ describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          autoComplete="off"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onEdit(field, event.target.value)}
          onBlur={() => onLeave(field)}
        />
      )}
    </FormField>
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
