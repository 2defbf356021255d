// "Deleted “Seattle”. Undo" — read out politely, and the deleted offer can be put back for a few seconds.
// The Undo button takes focus when it appears (the Delete button that had it is gone with its row).
import { useEffect, useRef } from 'react'

export const UNDO_MS = 10_000
export const UNDO_BUTTON_ID = 'undo-delete-button'

export interface UndoNoticeProps {
  /** What was deleted, or null when there is nothing to undo. */
  label: string | null
  onUndo: () => void
  onExpire: () => void
  ms?: number
}

export function UndoNotice({ label, onUndo, onExpire, ms = UNDO_MS }: UndoNoticeProps) {
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (label !== null) button.current?.focus()
  }, [label])
  useEffect(() => {
    if (label === null) return
    const timer = setTimeout(onExpire, ms)
    return () => clearTimeout(timer)
  }, [label, onExpire, ms])

  return (
    <div role="status" aria-live="polite" className="undo-notice">
      {label !== null && (
        <p className="notice">
          Deleted “{label}”.{' '}
          <button
            ref={button}
            id={UNDO_BUTTON_ID}
            type="button"
            className="small-button"
            aria-label={`Undo delete of ${label}`}
            onClick={onUndo}
          >
            Undo
          </button>
        </p>
      )}
    </div>
  )
}
