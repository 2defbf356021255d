// The "My offers" view: the saved offers (rename, duplicate, delete with undo), export and import, and the editor
// for a new or a saved offer. Everything is kept in the local database; nothing leaves the computer.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Offer } from '../../../../../shared/offer'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import {
  copyLabel,
  deleteOffer,
  duplicateOffer,
  newOfferId,
  renameOffer,
  restoreOffer,
  saveEditedOffer,
  type SaveConflict,
} from '../../../db/offers'
import { checkOffer as checkOfferApi } from '../../../lib/api'
import '../../../styles/compare.css'
import { visibleEditorErrors } from '../editorState'
import { currentCheckErrors, problemsToErrors, type CheckOffer } from '../offerCheck'
import {
  buildOffer,
  carriedOver,
  EDITOR_FIELDS,
  editorTextFor,
  readEditor,
  type EditorErrors,
  type EditorText,
  type SaveOfferPrefill,
} from '../offerEditor'
import { bySoonestDeadline } from '../deadlines'
import { EMPTY_EXTRAS, EXTRAS_KEYS, extrasTextFor, readExtras } from '../offerExtras'
import { useOfferEditor } from '../useOfferEditor'
import { useOfferExtras } from '../useOfferExtras'
import { useToday } from '../useToday'
import { DeadlineNotice } from './DeadlineNotice'
import { useSavedOffers } from '../useSavedOffers'
import { editorId } from './EditorInputs'
import { OfferEditor } from './OfferEditor'
import { extraId, OfferExtrasFields } from './OfferExtrasFields'
import { deleteButtonId, OfferList } from './OfferList'
import { OffersTransfer } from './OffersTransfer'
import { SaveConflictNotice } from './SaveConflictNotice'
import { UNDO_BUTTON_ID, UndoNotice } from './UndoNotice'

export const OFFER_EDITOR_DRAFT = 'offer-editor'
const editorDraftStore = dexieDraftStore(OFFER_EDITOR_DRAFT)
const extrasDraftStore = dexieDraftStore(`${OFFER_EDITOR_DRAFT}-extras`)

export interface OffersViewProps {
  /** An offer handed over from My offer ("Save to my offers"); it wins over the editor's draft. */
  prefill?: SaveOfferPrefill | null
  draftStore?: DraftStore
  /** Where the deadline, benefits and counter history as typed are kept (the local database unless a test says). */
  extrasDraftStore?: DraftStore
  /** Opens the Compare view. */
  onCompare?: () => void
  /** Asks the backend whether Compare and Negotiate can use an offer's title and place, before it is saved. */
  checkOffer?: CheckOffer
  /** A saved offer to open in the editor (Compare's "Edit" for an offer it cannot use). */
  editId?: string | null
}

const CONFLICT_HEADING_ID = 'save-conflict-heading'

const STORAGE_PROBLEM = 'Worth could not change your saved offers on this computer. Please try again.'

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0)

export function OffersView({
  prefill,
  draftStore = editorDraftStore,
  extrasDraftStore: extrasStore = extrasDraftStore,
  onCompare,
  checkOffer = checkOfferApi,
  editId = null,
}: OffersViewProps) {
  const saved = useSavedOffers()
  const { state, dispatch: editorDispatch, saveError } = useOfferEditor(draftStore, prefill)
  const [extras, setExtras] = useOfferExtras(extrasStore, state.editingId)
  const extrasReading = readExtras(extras)
  // Opening an offer or starting afresh sets the deadline, benefits and history with the rest of the editor.
  const dispatch: typeof editorDispatch = useCallback(
    (action) => {
      if (action.type === 'open') setExtras(extrasTextFor(action.offer))
      if (action.type === 'fresh') setExtras(EMPTY_EXTRAS)
      editorDispatch(action)
    },
    [editorDispatch, setExtras],
  )
  const reading = useMemo(() => readEditor(state.text), [state.text])
  // The backend's messages from the last save, shown on their fields until the user changes those fields.
  const [check, setCheck] = useState<{ text: EditorText; errors: EditorErrors } | null>(null)
  const [saving, setSaving] = useState(false)
  const errors = { ...currentCheckErrors(check, state.text), ...visibleEditorErrors(state, reading.errors) }
  const [message, setMessage] = useState<string>('')
  const [deleted, setDeleted] = useState<Offer | null>(null)
  // A save refused because the offer changed or was deleted elsewhere since it was opened: the user decides.
  const [conflict, setConflict] = useState<{ mine: Offer; conflict: SaveConflict } | null>(null)
  const editing = saved.offers.find((offer) => offer.id === state.editingId) ?? null
  const today = useToday()

  // Opened to edit one offer (from Compare): load it into the editor once the list is read, and mark at once the
  // fields that keep Compare from using it.
  const opened = useRef(false)
  useEffect(() => {
    if (opened.current || !editId || !saved.loaded) return
    opened.current = true
    const offer = saved.offers.find((o) => o.id === editId)
    if (!offer) return
    dispatch({ type: 'open', offer })
    setTimeout(() => {
      setMessage(`Editing “${offer.label}”.`)
      document.getElementById(editorId('label'))?.focus()
    }, 0)
    void checkOffer?.({ offer }).then((reply) => {
      if (!reply.ok || reply.value.problems.length === 0) return
      setCheck({ text: editorTextFor(offer), errors: problemsToErrors(reply.value.problems).errors })
    })
  }, [editId, saved.loaded, saved.offers, dispatch, checkOffer])

  const attempt = async (work: () => Promise<string>) => {
    try {
      setMessage(await work())
    } catch {
      setMessage(STORAGE_PROBLEM)
    }
    await saved.reload()
  }

  const onSave = () => {
    if (reading.content && !extrasReading.value) {
      const fields = Object.keys(extrasReading.errors) as (keyof typeof extrasReading.errors)[]
      setMessage(
        `Not saved: fix the ${fields.length === 1 ? 'field' : `${fields.length} fields`} marked below.`,
      )
      if (fields[0]) document.getElementById(extraId(fields[0]))?.focus()
      return
    }
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
      {
        ...carriedOver(editing, EXTRAS_KEYS),
        ...extrasReading.value,
        // Stock options take the main form's vesting years and schedule.
        ...(extrasReading.options
          ? {
              equity: {
                ...extrasReading.options,
                years: reading.content.equity.years,
                schedule: reading.content.equity.schedule,
              },
            }
          : {}),
      },
    )
    if (!built.ok) return setMessage(built.message)
    if (saving) return
    const text = state.text
    setSaving(true)
    void attempt(async () => {
      let unchecked = ''
      if (checkOffer) {
        const reply = await checkOffer({ offer: built.offer })
        if (reply.ok && reply.value.problems.length > 0) {
          const found = problemsToErrors(reply.value.problems)
          setCheck({ text, errors: found.errors })
          const fields = EDITOR_FIELDS.filter((field) => found.errors[field])
          if (fields[0]) focusLater(editorId(fields[0]))
          const count = fields.length
          const parts =
            count > 0 ? [`fix the ${count === 1 ? 'field' : `${count} fields`} marked below.`] : []
          return `Not saved: ${[...parts, ...found.other].join(' ')}`
        }
        if (!reply.ok)
          unchecked = ` Worth could not check that Compare can use its title and place (${reply.error.message}), so it was saved without that check.`
      }
      const saved = await saveEditedOffer(built.offer, state.editingId === null ? null : state.basedOn)
      if (!saved.ok) {
        setConflict({ mine: built.offer, conflict: saved.conflict })
        focusLater(CONFLICT_HEADING_ID)
        return `Not saved yet: “${built.offer.label}” ${saved.conflict.kind === 'deleted' ? 'was deleted' : 'was changed'} in another tab or window. Choose below what to keep.`
      }
      setCheck(null)
      setConflict(null)
      dispatch({ type: 'fresh' })
      return `Saved “${built.offer.label}”.${unchecked}`
    }).finally(() => setSaving(false))
  }

  /** The user's answer to a save conflict. Every choice keeps both versions on screen or on disk until chosen. */
  const resolve = (choice: 'mine' | 'theirs' | 'both' | 'discard') => {
    if (!conflict) return
    const { mine } = conflict
    const theirs = conflict.conflict.kind === 'changed' ? conflict.conflict.theirs : null
    setConflict(null)
    if (choice === 'theirs' && theirs) {
      dispatch({ type: 'open', offer: theirs })
      setMessage(`Editing “${theirs.label}” as saved in the other tab; your changes were set aside.`)
      return
    }
    if (choice === 'discard') {
      dispatch({ type: 'fresh' })
      setMessage(`Your changes to “${mine.label}” were discarded.`)
      return
    }
    const stamp = new Date().toISOString()
    void attempt(async () => {
      if (choice === 'both') {
        const copy = {
          ...mine,
          id: newOfferId(),
          label: copyLabel(
            mine.label,
            saved.offers.map((o) => o.label),
          ),
          createdAt: stamp,
          updatedAt: stamp,
        }
        const outcome = await saveEditedOffer(copy, null)
        if (!outcome.ok) throw new Error('copy not saved')
        dispatch({ type: 'fresh' })
        return `Saved your version as “${copy.label}”; “${theirs?.label ?? mine.label}” stays as saved in the other tab.`
      }
      // Keep mine: write over the version seen in the conflict (if it changed yet again, the user is asked again).
      const basedOn = theirs ? theirs.updatedAt : null
      const outcome = await saveEditedOffer({ ...mine, updatedAt: stamp }, basedOn)
      if (!outcome.ok) {
        setConflict({ mine, conflict: outcome.conflict })
        focusLater(CONFLICT_HEADING_ID)
        return `Not saved yet: “${mine.label}” changed again in another tab or window.`
      }
      dispatch({ type: 'fresh' })
      return `Saved “${mine.label}”, replacing the version from the other tab.`
    })
  }

  // When the notice ends while its Undo button has focus, focus goes to the top of the list instead of being lost.
  const expire = useCallback(() => {
    const hadFocus = document.activeElement?.id === UNDO_BUTTON_ID
    setDeleted(null)
    if (hadFocus) focusLater('offers-heading')
  }, [])

  return (
    <div className="offers-view">
      <section className="offers-panel" aria-labelledby="offers-heading">
        <h2 id="offers-heading" tabIndex={-1}>
          My offers
        </h2>
        <div role="status" aria-live="polite" className="offers-status">
          {message && <p>{message}</p>}
        </div>
        <DeadlineNotice offers={saved.offers} today={today} />
        {saved.loadError && <p className="notice notice-warning">{saved.loadError}</p>}
        {saved.unreadable.map((problem) => (
          <p key={problem.id} className="notice notice-warning">
            {problem.message} It is kept as it is and left out of the list.
          </p>
        ))}
        {saved.loaded && (
          <OfferList
            offers={bySoonestDeadline(saved.offers)}
            today={today}
            editingId={state.editingId}
            onEdit={(offer) => {
              setCheck(null)
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
          onExpire={expire}
          onUndo={() => {
            const offer = deleted
            setDeleted(null)
            if (offer)
              void attempt(async () => {
                const back = await restoreOffer(offer)
                return back
                  ? `Restored “${offer.label}”.`
                  : `“${offer.label}” is saved again already (from another tab or an import); nothing was changed.`
              }).then(() => focusLater(deleteButtonId(offer.id)))
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
      {conflict && (
        <SaveConflictNotice
          headingId={CONFLICT_HEADING_ID}
          mine={conflict.mine}
          conflict={conflict.conflict}
          onChoose={resolve}
        />
      )}
      <OfferEditor
        state={state}
        dispatch={(action) => {
          if (action.type === 'fresh' || action.type === 'open') setCheck(null)
          dispatch(action)
        }}
        errors={errors}
        // Deleted in another tab while open here: still an edit (its save will say so and ask).
        editingLabel={
          editing?.label ?? (state.editingId !== null ? state.text.label.trim() || 'this offer' : null)
        }
        onSave={onSave}
        draftError={saveError}
        extras={<OfferExtrasFields text={extras} errors={extrasReading.errors} onChange={setExtras} />}
      />
    </div>
  )
}
