// One click from an offer's results to the counter-offer calculator, with the offer filled in.
export function NegotiateLink({ onOpen }: { onOpen: () => void }) {
  return (
    <p className="insights-link negotiate-link">
      <button type="button" className="link-button" onClick={onOpen}>
        Negotiate this offer
      </button>
      <span className="note"> — what to ask for, tips, scripts and a one-page brief.</span>
    </p>
  )
}
