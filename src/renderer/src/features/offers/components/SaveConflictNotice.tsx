// Shown when a save finds the offer changed or deleted in another tab or window since it was opened. Worth never
// overwrites silently: the user keeps their version, takes the other one, or keeps both.
import type { Offer } from '../../../../../shared/offer'
import type { SaveConflict } from '../../../db/offers'
import { formatMoney } from '../../../lib/format'

export interface SaveConflictNoticeProps {
  headingId: string
  mine: Offer
  conflict: SaveConflict
  onChoose: (choice: 'mine' | 'theirs' | 'both' | 'discard') => void
}

const time = (stamp: string) =>
  new Date(stamp).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'medium' })

/** A few words on how two versions differ, so the choice is an informed one. */
function differences(mine: Offer, theirs: Offer): string[] {
  const out: string[] = []
  if (mine.label !== theirs.label) out.push(`name “${theirs.label}”`)
  if (mine.company !== theirs.company) out.push(`company “${theirs.company}”`)
  if (mine.title !== theirs.title) out.push(`title “${theirs.title}”`)
  if (mine.location !== theirs.location) out.push(`location “${theirs.location}”`)
  if (mine.base !== theirs.base) out.push(`base ${formatMoney(theirs.base)}`)
  if (JSON.stringify(mine.bonus) !== JSON.stringify(theirs.bonus)) out.push('a different bonus')
  if (JSON.stringify(mine.equity) !== JSON.stringify(theirs.equity)) out.push('a different stock grant')
  if (JSON.stringify(mine.signon) !== JSON.stringify(theirs.signon)) out.push('a different sign-on')
  if (mine.notes !== theirs.notes) out.push('different notes')
  return out
}

export function SaveConflictNotice({ headingId, mine, conflict, onChoose }: SaveConflictNoticeProps) {
  const theirs = conflict.kind === 'changed' ? conflict.theirs : null
  const diff = theirs ? differences(mine, theirs) : []
  return (
    <section className="notice notice-warning save-conflict" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {conflict.kind === 'deleted'
          ? `“${mine.label}” was deleted in another tab or window`
          : `“${mine.label}” was changed in another tab or window`}
      </h3>
      {conflict.kind === 'deleted' ? (
        <p>It was deleted after you opened it here. Your changes are not saved yet.</p>
      ) : theirs ? (
        <p>
          It was saved there at {time(theirs.updatedAt)}, after you opened it here
          {diff.length > 0 ? `; that version has ${diff.join(', ')}` : ''}. Your changes are not saved yet.
        </p>
      ) : (
        <p>The saved copy can no longer be read. Your changes are not saved yet.</p>
      )}
      <div className="button-row">
        {(conflict.kind === 'deleted' || theirs) && (
          <button type="button" className="primary-button" onClick={() => onChoose('mine')}>
            {conflict.kind === 'deleted' ? 'Save mine again' : 'Keep mine'}
          </button>
        )}
        {theirs && (
          <button type="button" className="secondary-button" onClick={() => onChoose('theirs')}>
            Take theirs
          </button>
        )}
        {conflict.kind === 'changed' && (
          <button type="button" className="secondary-button" onClick={() => onChoose('both')}>
            Keep both
          </button>
        )}
        {conflict.kind === 'deleted' && (
          <button type="button" className="secondary-button" onClick={() => onChoose('discard')}>
            Discard mine
          </button>
        )}
      </div>
    </section>
  )
}
