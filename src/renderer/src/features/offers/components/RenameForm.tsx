// Renames a saved offer in place: Enter or "Save name" keeps the new name, Escape or "Cancel" keeps the old one.
import { useEffect, useRef, useState } from 'react'

export const MAX_LABEL = 120

export function checkLabel(text: string): string | null {
  if (text.trim() === '') return 'Offer name is required, e.g. Seattle.'
  if (text.trim().length > MAX_LABEL) return `Offer name must be at most ${MAX_LABEL} characters.`
  return null
}

export interface RenameFormProps {
  id: string
  current: string
  onRename: (label: string) => void
  onCancel: () => void
}

export function RenameForm({ id, current, onRename, onCancel }: RenameFormProps) {
  const [text, setText] = useState(current)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const inputId = `rename-${id}`
  const errorId = `${inputId}-error`

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  return (
    <form
      className="rename-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const problem = checkLabel(text)
        setError(problem)
        if (!problem) onRename(text.trim())
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        New name for {current}
      </label>
      <input
        ref={input}
        id={inputId}
        type="text"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onCancel()
          }
        }}
      />
      <button type="submit" className="small-button">
        Save name
      </button>
      <button type="button" className="small-button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  )
}
