// The saved offers as a table, with Edit, Rename, Duplicate and Delete for each. Every button names its offer
// in its accessible name ("Delete Seattle"), which starts with the visible word.
import { useState } from 'react'
import type { Offer } from '../../../../../shared/offer'
import { formatMoney } from '../../../lib/format'
import { deadlineStatus } from '../deadlines'
import { formatDeadline } from './DeadlineNotice'
import { RenameForm } from './RenameForm'

export interface OfferListProps {
  offers: Offer[]
  editingId: string | null
  onEdit: (offer: Offer) => void
  onRename: (offer: Offer, label: string) => void
  onDuplicate: (offer: Offer) => void
  onDelete: (offer: Offer) => void
  /** The user's local calendar day (YYYY-MM-DD), for the days left before each deadline. */
  today: string
}

const renameButtonId = (id: string) => `rename-button-${id}`
export const deleteButtonId = (id: string) => `delete-button-${id}`

function ActionButton({
  verb,
  label,
  onClick,
  id,
}: {
  verb: string
  label: string
  onClick: () => void
  id?: string
}) {
  return (
    <button type="button" id={id} className="small-button" aria-label={`${verb} ${label}`} onClick={onClick}>
      {verb}
    </button>
  )
}

export function OfferList({
  offers,
  editingId,
  onEdit,
  onRename,
  onDuplicate,
  onDelete,
  today,
}: OfferListProps) {
  const [renaming, setRenaming] = useState<string | null>(null)
  // Closing the rename form puts focus back on the offer's Rename button, where the user was.
  const stopRenaming = (id: string) => {
    setRenaming(null)
    setTimeout(() => document.getElementById(renameButtonId(id))?.focus(), 0)
  }
  if (offers.length === 0) {
    return <p className="empty-note">No saved offers yet. Fill in the form to save your first one.</p>
  }
  return (
    <table className="offer-list">
      <caption>Saved offers</caption>
      <thead>
        <tr>
          <th scope="col">Offer</th>
          <th scope="col">Company</th>
          <th scope="col">Location</th>
          <th scope="col" className="num">
            Base
          </th>
          <th scope="col">Deadline</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.id} aria-current={offer.id === editingId || undefined}>
            <th scope="row">
              {renaming === offer.id ? (
                <RenameForm
                  id={offer.id}
                  current={offer.label}
                  onCancel={() => stopRenaming(offer.id)}
                  onRename={(label) => {
                    stopRenaming(offer.id)
                    onRename(offer, label)
                  }}
                />
              ) : (
                offer.label
              )}
            </th>
            <td>{offer.company || '—'}</td>
            <td>{offer.location}</td>
            <td className="num">{formatMoney(offer.base)}</td>
            <td>{offer.deadline ? <DeadlineCell deadline={offer.deadline} today={today} /> : '—'}</td>
            <td className="offer-actions">
              <ActionButton verb="Edit" label={offer.label} onClick={() => onEdit(offer)} />
              <ActionButton
                verb="Rename"
                label={offer.label}
                id={renameButtonId(offer.id)}
                onClick={() => setRenaming(offer.id)}
              />
              <ActionButton verb="Duplicate" label={offer.label} onClick={() => onDuplicate(offer)} />
              <ActionButton
                verb="Delete"
                label={offer.label}
                id={deleteButtonId(offer.id)}
                onClick={() => onDelete(offer)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DeadlineCell({ deadline, today }: { deadline: string; today: string }) {
  const status = deadlineStatus(deadline, today)
  return (
    <>
      {formatDeadline(deadline)}{' '}
      <span className={status.urgent ? 'deadline-left is-urgent' : 'deadline-left'}>({status.text})</span>
    </>
  )
}
