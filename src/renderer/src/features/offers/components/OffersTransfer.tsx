// Export all offers (JSON to re-import, CSV for a spreadsheet) and import a JSON export. On the desktop the
// native dialogs open; in browser mode an export is a download and an import is a file picked in a labelled input.
// An import that would replace saved offers lists them first (marking those saved after the file's copy) and asks;
// a finished import can be undone.
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
import type { ImportUndo } from '../../../db/offers'
import {
  applyImport,
  exportFile,
  prepareImport,
  undoImportOf,
  type PreparedImport,
  type TransferOutcome,
} from '../transfer'

export interface OffersTransferProps {
  offers: Offer[]
  /** Called after an import (or its undo) wrote offers, so the list can reload. */
  onImported: () => void
}

const when = (stamp: string | null) =>
  stamp === null
    ? 'an unknown time'
    : new Date(stamp).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

export function OffersTransfer({ offers, onImported }: OffersTransferProps) {
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const [pending, setPending] = useState<PreparedImport | null>(null)
  const [undo, setUndo] = useState<{ fileName: string; undo: ImportUndo } | null>(null)
  const native = hasNativeDialogs()

  async function write(prepared: PreparedImport) {
    setPending(null)
    const result = await applyImport(prepared)
    setOutcome(result)
    if (result.ok) {
      setUndo({ fileName: prepared.fileName, undo: result.undo })
      onImported()
    }
  }

  async function undoImport() {
    if (!undo) return
    setUndo(null)
    setOutcome(await undoImportOf(undo.fileName, undo.undo))
    onImported()
  }

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
      setUndo(null)
      const checked = await prepareImport(opened.value.text, opened.value.name)
      if (!checked.ok || !checked.prepared) return setOutcome(checked)
      // Nothing saved would be replaced: import at once (it can still be undone).
      if (checked.prepared.replacing.length === 0) return await write(checked.prepared)
      setOutcome(null)
      setPending(checked.prepared)
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
            disabled={busy || pending !== null}
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
            disabled={busy || pending !== null}
            onChange={onPick}
          />
        </div>
      )}
      {pending && (
        <div
          className="notice notice-warning import-confirm"
          role="group"
          aria-labelledby="import-confirm-heading"
        >
          <h4 id="import-confirm-heading">
            Importing {pending.fileName} replaces{' '}
            {pending.replacing.length === 1 ? '1 saved offer' : `${pending.replacing.length} saved offers`}
          </h4>
          <ul aria-label="Saved offers the import replaces">
            {pending.replacing.map(({ offer, replaces, savedIsNewer }) => (
              <li key={offer.id}>
                “{replaces!.label}”, saved {when(replaces!.updatedAt)}
                {savedIsNewer ? (
                  <strong>
                    {' '}
                    — newer than the file’s copy ({when(offer.updatedAt)}): importing loses the changes made
                    since
                  </strong>
                ) : (
                  <> — the file’s copy is from {when(offer.updatedAt)}</>
                )}
              </li>
            ))}
          </ul>
          {pending.rows.length > pending.replacing.length && (
            <p>
              It also adds{' '}
              {pending.rows.length - pending.replacing.length === 1
                ? '1 new offer'
                : `${pending.rows.length - pending.replacing.length} new offers`}
              .
            </p>
          )}
          <div className="button-row">
            <button type="button" className="primary-button" onClick={() => void write(pending)}>
              Import and replace
            </button>
            <button
              type="button"
              className="secondary-button"
              onClick={() => {
                setPending(null)
                setOutcome({ ok: true, message: `${pending.fileName} was not imported; nothing changed.` })
              }}
            >
              Cancel import
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" className="transfer-status">
        {outcome && (
          <p className={outcome.ok ? 'notice' : 'notice notice-warning'}>
            {outcome.message}
            {undo && outcome.ok && (
              <>
                {' '}
                <button type="button" className="small-button" onClick={() => void undoImport()}>
                  Undo import
                </button>
              </>
            )}
          </p>
        )}
      </div>
    </section>
  )
}
