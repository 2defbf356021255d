// The "My offers" view: the saved offers (rename, duplicate, delete with undo), export and import, and the editor
// for a new or a saved offer. Everything is kept in the local database; nothing leaves the computer.
import { useCallback, useMemo, useState } from 'react'
import type { Offer } from '../../../../../shared/offer'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import {
  deleteOffer,
  duplicateOffer,
  newOfferId,
  renameOffer,
  restoreOffer,
  saveOffer,
} from '../../../db/offers'
import '../../../styles/compare.css'
import { visibleEditorErrors } from '../editorState'
import { buildOffer, EDITOR_FIELDS, readEditor, type SaveOfferPrefill } from '../offerEditor'
import { useOfferEditor } from '../useOfferEditor'
import { useSavedOffers } from '../useSavedOffers'
import { editorId } from './EditorInputs'
import { OfferEditor } from './OfferEditor'
import { OfferList } from './OfferList'
import { OffersTransfer } from './OffersTransfer'
import { UndoNotice } from './UndoNotice'

export const OFFER_EDITOR_DRAFT = 'offer-editor'
const editorDraftStore = dexieDraftStore(OFFER_EDITOR_DRAFT)

export interface OffersViewProps {
  /** An offer handed over from My offer ("Save to my offers"); it wins over the editor's draft. */
  prefill?: SaveOfferPrefill | null
  draftStore?: DraftStore
  /** Opens the Compare view. */
  onCompare?: () => void
  undoMs?: number
}

const STORAGE_PROBLEM = 'Worth could not change your saved offers on this computer. Please try again.'

export function OffersView({ prefill, draftStore = editorDraftStore, onCompare, undoMs }: OffersViewProps) {
  const saved = useSavedOffers()
  const { state, dispatch, saveError } = useOfferEditor(draftStore, prefill)
  const reading = useMemo(() => readEditor(state.text), [state.text])
  const errors = visibleEditorErrors(state, reading.errors)
  const [message, setMessage] = useState<string>('')
  const [deleted, setDeleted] = useState<Offer | null>(null)
  const editing = saved.offers.find((offer) => offer.id === state.editingId) ?? null

  const attempt = async (work: () => Promise<string>) => {
    try {
      setMessage(await work())
    } catch {
      setMessage(STORAGE_PROBLEM)
    }
    await saved.reload()
  }

  const onSave = () => {
    if (!reading.content) {
      dispatch({ type: 'showAll' })
      const count = Object.keys(reading.errors).length
      setMessage(`Not saved: fix the ${count === 1 ? 'field' : `${count} fields`} marked below.`)
      const first = EDITOR_FIELDS.find((field) => reading.errors[field])
      if (first) document.getElementById(editorId(first))?.focus()
      return
    }
    const built = buildOffer(
      reading.content,
      { id: state.editingId ?? newOfferId(), createdAt: state.createdAt },
      new Date(),
    )
    if (!built.ok) return setMessage(built.message)
    void attempt(async () => {
      await saveOffer(built.offer)
      dispatch({ type: 'fresh' })
      return `Saved “${built.offer.label}”.`
    })
  }

  const expire = useCallback(() => setDeleted(null), [])

  return (
    <div className="offers-view">
      <section className="offers-panel" aria-labelledby="offers-heading">
        <h2 id="offers-heading">My offers</h2>
        <div role="status" aria-live="polite" className="offers-status">
          {message && <p>{message}</p>}
        </div>
        {saved.loadError && <p className="notice notice-warning">{saved.loadError}</p>}
        {saved.unreadable.map((problem) => (
          <p key={problem.id} className="notice notice-warning">
            {problem.message} It is kept as it is and left out of the list.
          </p>
        ))}
        {saved.loaded && (
          <OfferList
            offers={saved.offers}
            editingId={state.editingId}
            onEdit={(offer) => {
              dispatch({ type: 'open', offer })
              setMessage(`Editing “${offer.label}”.`)
              document.getElementById(editorId('label'))?.focus()
            }}
            onRename={(offer, label) =>
              void attempt(async () => {
                await renameOffer(offer.id, label)
                return `Renamed “${offer.label}” to “${label}”.`
              })
            }
            onDuplicate={(offer) =>
              void attempt(async () => {
                const copy = await duplicateOffer(offer.id)
                return `Duplicated “${offer.label}” as “${copy.label}”.`
              })
            }
            onDelete={(offer) =>
              void attempt(async () => {
                const gone = await deleteOffer(offer.id)
                setDeleted(gone)
                return ''
              })
            }
          />
        )}
        <UndoNotice
          label={deleted?.label ?? null}
          ms={undoMs}
          onExpire={expire}
          onUndo={() => {
            const offer = deleted
            setDeleted(null)
            if (offer)
              void attempt(async () => {
                await restoreOffer(offer)
                return `Restored “${offer.label}”.`
              })
          }}
        />
        {onCompare && saved.offers.length >= 2 && (
          <p>
            <button type="button" className="link-button" onClick={onCompare}>
              Compare your saved offers after tax and cost of living
            </button>
          </p>
        )}
        <OffersTransfer
          offers={saved.offers}
          onImported={() => {
            // The import may have put back the deleted offer; an undo would now restore an older copy.
            setDeleted(null)
            void saved.reload()
          }}
        />
      </section>
      <OfferEditor
        state={state}
        dispatch={dispatch}
        errors={errors}
        editingLabel={editing?.label ?? null}
        onSave={onSave}
        draftError={saveError}
      />
    </div>
  )
}
