// When base pay is capped: the sign-on, equity or bonus that brings the same value, with its after-tax take-home.
import type { Tradeoff } from '../../../../../shared/negotiate'
import { MATCH_LABELS, money, percentText, TAKE_HOME_NEEDS_STATE, TRADEOFF_LABELS } from '../negotiateFigures'

export interface TradeoffsTableProps {
  tradeoffs: readonly Tradeoff[]
  /** Heading level and id prefix differ between the calculator and the brief. */
  idPrefix?: string
  compact?: boolean
  /** True when base stays as offered: the rows are the other terms, each worth a modest raise. */
  otherTerms?: boolean
}

export function TradeoffsTable({
  tradeoffs,
  idPrefix = 'tradeoffs',
  compact = false,
  otherTerms = false,
}: TradeoffsTableProps) {
  const headingId = `${idPrefix}-heading`
  const raise = otherTerms ? 'a 5% raise' : 'the raise'
  return (
    <section className="result-card tradeoffs" aria-labelledby={headingId}>
      <h3 id={headingId}>{otherTerms ? 'Other terms, each worth a 5% raise' : 'If base pay is capped'}</h3>
      {tradeoffs.length === 0 ? (
        <p>No trade-offs to suggest: the ask does not raise the base.</p>
      ) : (
        <>
          <table className="tradeoffs-table">
            <caption className={compact ? 'visually-hidden' : undefined}>
              Other ways to get the same value as {raise}, and the extra take-home pay each brings
            </caption>
            <thead>
              <tr>
                <th scope="col">Ask instead for</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Matches {raise}’s</th>
                <th scope="col" className="num">
                  Extra take-home after tax
                </th>
              </tr>
            </thead>
            <tbody>
              {tradeoffs.map((tradeoff) => (
                <tr key={tradeoff.kind} data-tradeoff={tradeoff.kind}>
                  <th scope="row">{TRADEOFF_LABELS[tradeoff.kind]}</th>
                  <td className="num">
                    {money(tradeoff.amount)}
                    {tradeoff.percentOfBase !== null && <> ({percentText(tradeoff.percentOfBase)} of base)</>}
                  </td>
                  <td>{MATCH_LABELS[tradeoff.matches]}</td>
                  <td className="num">
                    {tradeoff.takeHome === null ? 'needs a state' : money(tradeoff.takeHome)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tradeoffs.some((tradeoff) => tradeoff.takeHome === null) && (
            <p className="note">{TAKE_HOME_NEEDS_STATE}</p>
          )}
          {!compact && (
            <ul className="tradeoff-notes note">
              {tradeoffs.map((tradeoff) => (
                <li key={tradeoff.kind}>{tradeoff.sentence}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
