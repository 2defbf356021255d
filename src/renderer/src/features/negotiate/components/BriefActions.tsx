// The brief's buttons: "Save as PDF" on the desktop (main's save dialog), "Print" in a browser (its print dialog,
// which can also save a PDF), and the way back to the calculator. What happened is said in a live region.
import { useState } from 'react'
import { hasNativeDialogs, savePageAsPdf } from '../../../lib/files'

export interface BriefActionsProps {
  fileName: string
  onBack: () => void
}

export function BriefActions({ fileName, onBack }: BriefActionsProps) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const desktop = hasNativeDialogs()

  const save = async () => {
    setMessage(null)
    const outcome = await savePageAsPdf(fileName)
    if (!outcome.ok) setMessage({ ok: false, text: outcome.message })
    else if (outcome.value === 'printed')
      setMessage({ ok: true, text: 'Sent the brief to the print dialog.' })
    else if (outcome.value.saved) setMessage({ ok: true, text: `Saved the brief to ${outcome.value.path}.` })
    else setMessage({ ok: true, text: 'Not saved: the save dialog was closed.' })
  }

  return (
    <div className="brief-actions no-print">
      <button type="button" className="button" data-menu="save-brief" onClick={() => void save()}>
        {desktop ? 'Save as PDF' : 'Print'}
      </button>
      <button type="button" className="button button-secondary" onClick={onBack}>
        Back to the calculator
      </button>
      <p
        role="status"
        aria-live="polite"
        className={message && !message.ok ? 'copy-status is-error' : 'copy-status'}
      >
        {message?.text ?? ''}
      </p>
      {!desktop && (
        <p className="note">In the print dialog, choose “Save as PDF” as the printer to keep a copy.</p>
      )}
    </div>
  )
}
