// Export all offers (JSON to re-import, CSV for a spreadsheet) and import a JSON export. On the desktop the
// native dialogs open; in browser mode an export is a download and an import is a file picked in a labelled input.
import { useState, type ChangeEvent } from 'react'
import type { Offer } from '../../../../../shared/offer'
import type { OpenOutcome } from '../../../../../shared/desktop'
import {
  hasNativeDialogs,
  openTextFileNative,
  readPickedFile,
  saveTextFile,
  type FileResult,
} from '../../../lib/files'
import { exportFile, importOffersText, type TransferOutcome } from '../transfer'

export interface OffersTransferProps {
  offers: Offer[]
  /** Called after an import wrote offers, so the list can reload. */
  onImported: () => void
  /** Where imports are written (the app's database unless a test says otherwise). */
  importText?: (text: string, fileName: string) => Promise<TransferOutcome>
}

export function OffersTransfer({ offers, onImported, importText = importOffersText }: OffersTransferProps) {
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const native = hasNativeDialogs()

  async function save(kind: 'json' | 'csv') {
    const file = exportFile(offers, kind, new Date())
    const saved = await saveTextFile(file.name, kind, file.text)
    if (!saved.ok) setOutcome({ ok: false, message: saved.message })
    else if (saved.value.saved)
      setOutcome({ ok: true, message: `Exported ${offers.length} offers to ${saved.value.path}.` })
  }

  async function load(read: Promise<FileResult<OpenOutcome>>) {
    setBusy(true)
    try {
      const opened = await read
      if (!opened.ok) return setOutcome({ ok: false, message: opened.message })
      if (!opened.value.opened) return
      const result = await importText(opened.value.text, opened.value.name)
      setOutcome(result)
      if (result.ok) onImported()
    } finally {
      setBusy(false)
    }
  }

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    // Clear the input so picking the same file again imports it again.
    event.target.value = ''
    if (file) void load(readPickedFile(file))
  }

  return (
    <section className="result-card offers-transfer" aria-labelledby="offers-transfer-heading">
      <h3 id="offers-transfer-heading">Export and import</h3>
      <p className="note">
        An export holds every saved offer. Importing a JSON export adds its offers; an offer with the same id
        as a saved one replaces it. A file with any problem is refused whole, and nothing saved changes.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="secondary-button"
          disabled={offers.length === 0}
          data-menu="export-offers"
          onClick={() => void save('json')}
        >
          Export JSON
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={offers.length === 0}
          onClick={() => void save('csv')}
        >
          Export CSV
        </button>
        {native && (
          <button
            type="button"
            className="secondary-button"
            disabled={busy}
            data-menu="import-offers"
            onClick={() => void load(openTextFileNative())}
          >
            Import JSON…
          </button>
        )}
      </div>
      {!native && (
        <div className="field">
          <label className="field-label" htmlFor="offers-import-file">
            Import offers from a JSON export
          </label>
          <input
            id="offers-import-file"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={onPick}
          />
        </div>
      )}
      <div role="status" aria-live="polite" className="transfer-status">
        {outcome && <p className={outcome.ok ? 'notice' : 'notice notice-warning'}>{outcome.message}</p>}
      </div>
    </section>
  )
}
