// Everything the calculator says for the last good result: guard rails, the ask, the brief button, the market
// chart with offer and ask, trade-offs, tips with their research, scripts, notes and sources. When the result no
// longer matches the form it stays visible, dimmed and marked out of date (the message is in the status above).
import type { RefObject } from 'react'
import type { NegotiateResult } from '../../../../../shared/negotiate'
import { SourcesList } from '../../estimate/components/SourcesList'
import type { ScriptState } from '../useScriptState'
import { AskChart } from './AskChart'
import { AskSummary } from './AskSummary'
import { GuardRails } from './GuardRails'
import { ScriptsSection } from './ScriptsSection'
import { TipsSection } from './TipsSection'
import { TradeoffsTable } from './TradeoffsTable'
import { NoticeList } from '../../../components/NoticeList'

export interface NegotiateResultsProps {
  result: NegotiateResult
  stale: boolean
  /** The identity of the request this result answers (script edits belong to it). */
  basis: string
  chartWidth?: number
  /** The script shown and the user's edits (held by the view). */
  scriptState: ScriptState
  briefButton: RefObject<HTMLButtonElement | null>
  onOpenBrief: () => void
}

export function NegotiateResults({
  result,
  stale,
  basis,
  chartWidth,
  scriptState,
  briefButton,
  onOpenBrief,
}: NegotiateResultsProps) {
  return (
    <div
      className={stale ? 'offer-results negotiate-results is-stale' : 'offer-results negotiate-results'}
      data-stale={stale || undefined}
    >
      <GuardRails warnings={result.warnings} />
      <AskSummary result={result} />
      <p className="brief-link">
        {stale ? (
          <span className="note">Fix the form to open the negotiation brief for these numbers.</span>
        ) : (
          <>
            <button
              type="button"
              className="button"
              ref={briefButton}
              data-menu="open-brief"
              onClick={onOpenBrief}
            >
              Open the negotiation brief
            </button>
            <span className="note"> — one page to print or save as PDF.</span>
          </>
        )}
      </p>
      <AskChart result={result} idPrefix="negotiate" width={chartWidth} />
      <TradeoffsTable tradeoffs={result.tradeoffs} otherTerms={result.ask.from === 'terms'} />
      <TipsSection tips={result.tips} citations={result.citations} />
      <ScriptsSection scripts={result.scripts} basis={basis} {...scriptState} />
      {result.notes.length > 0 && (
        <section className="result-card" aria-labelledby="negotiate-notes-heading">
          <h3 id="negotiate-notes-heading">Notes</h3>
          <NoticeList notes={result.notes} />
        </section>
      )}
      <SourcesList
        sources={result.estimate.sources}
        note="The table under the chart says for each market figure whether it is published, top-coded, from hourly ×2,080 or modelled."
      />
    </div>
  )
}
