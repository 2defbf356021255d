// One click from My offer's results to a new saved offer with the same figures filled in.
export function SaveOfferLink({ onOpen }: { onOpen: () => void }) {
  return (
    <p className="insights-link">
      <button type="button" className="link-button" onClick={onOpen}>
        Save to my offers
      </button>
      <span className="note">
        {' '}
        — keep this offer, add its vesting and benefits, and compare it with others.
      </span>
    </p>
  )
}
