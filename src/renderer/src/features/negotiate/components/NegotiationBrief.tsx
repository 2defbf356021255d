// The one-page negotiation brief: the offer and its percentile with the market chart, the ask and its range, the
// evidence (market percentiles with source and release), trade-offs, the walk-away point and the top tips with
// their research. Laid out to print on one page (negotiate.css); the buttons around it do not print.
import type { NegotiateResult } from '../../../../../shared/negotiate'
import {
  briefLevelText,
  briefPrevailingText,
  formatBriefDate,
  money,
  percentileText,
  percentText,
  signedMoney,
  sourceLines,
  TAKE_HOME_NEEDS_STATE,
  topTips,
  walkawayText,
} from '../negotiateFigures'
import { AskChart } from './AskChart'
import { AskTable } from './AskTable'
import { TipsSection } from './TipsSection'
import { TradeoffsTable } from './TradeoffsTable'

export const BRIEF_CHART_WIDTH = 680
const BRIEF_CHART_HEIGHT = 130

export interface NegotiationBriefProps {
  result: NegotiateResult
  generatedAt: Date
  chartWidth?: number
}

export function NegotiationBrief({
  result,
  generatedAt,
  chartWidth = BRIEF_CHART_WIDTH,
}: NegotiationBriefProps) {
  const { estimate, current, ask, otherTerms, stretch } = result
  const terms = ask.from === 'terms' && otherTerms !== null
  const { market, offer } = estimate
  return (
    <article className="brief" aria-labelledby="brief-heading">
      <header className="brief-header">
        <h2 id="brief-heading">Negotiation brief</h2>
        <p className="brief-subject">
          {estimate.role.title} offer: {market.occupation} in {estimate.area.name}
        </p>
        <p className="brief-date">
          Generated {formatBriefDate(generatedAt)} by Worth from public data, on this computer. Estimates, not
          advice.
        </p>
      </header>

      <div className="brief-columns">
        <section className="brief-box" aria-labelledby="brief-offer-heading">
          <h3 id="brief-offer-heading">The offer</h3>
          <dl className="brief-list">
            <BriefRow term="Base salary" value={money(offer.base)} />
            <BriefRow term="Annual bonus" value={money(offer.bonus)} />
            <BriefRow term="Stock per year" value={money(offer.stock)} />
            <BriefRow term="Sign-on bonus" value={money(offer.signon)} />
            <BriefRow term="Total per year (sign-on ÷ 4)" value={money(current.total)} />
          </dl>
          <p>
            Base at <strong>{percentileText(current.percentile)}</strong> for {market.occupation} in{' '}
            {market.areaName}.
          </p>
          <p className="brief-prevailing">
            <strong>Prevailing wage level:</strong> {briefPrevailingText(estimate)}
          </p>
          <p className="brief-reference">{briefLevelText(result)}</p>
        </section>
        <section className="brief-box brief-ask" aria-labelledby="brief-ask-heading">
          <h3 id="brief-ask-heading">{terms ? 'Keep the base, ask for other terms' : 'The ask'}</h3>
          {terms ? (
            <>
              <p className="ask-figure">
                <span className="ask-amount">{money(otherTerms.value)}</span>{' '}
                <span className="ask-unit">sign-on bonus, once</span>
              </p>
              <p>
                Base stays at {money(current.base)}: it already meets the target. {otherTerms.sentence}
              </p>
            </>
          ) : (
            <>
              <p className="ask-figure">
                <span className="ask-amount">{money(ask.base)}</span>{' '}
                <span className="ask-unit">base a year</span>
              </p>
              <p>
                Quote: {money(ask.base)} to {money(ask.high)}; {percentileText(ask.percentile)}.
              </p>
              <p>Lowest base before turning to trade-offs: {money(ask.low)}.</p>
              <p>
                {signedMoney(ask.raise)} ({percentText(ask.raisePercent)}) on the offer
                {ask.takeHomeGain !== null && (
                  <>; {signedMoney(ask.takeHomeGain)} take-home in the first year</>
                )}
                .
              </p>
              {stretch && (
                <p className="brief-stretch">
                  Stretch (with leverage only): {money(stretch.base)}, {percentText(stretch.raisePercent)} on
                  the offer.
                </p>
              )}
            </>
          )}
          {ask.takeHomeGain === null && <p className="brief-take-home">{TAKE_HOME_NEEDS_STATE}</p>}
          <p className="brief-walkaway">{walkawayText(result)}</p>
        </section>
      </div>

      <AskChart result={result} idPrefix="brief" width={chartWidth} height={BRIEF_CHART_HEIGHT} compact />

      <div className="brief-columns">
        <section className="brief-box" aria-labelledby="brief-evidence-heading">
          <h3 id="brief-evidence-heading">Evidence</h3>
          <AskTable
            result={result}
            caption={`Base pay percentiles for ${market.occupation}, ${market.areaName}, with the offer and the ask`}
            hideCaption
          />
          <p className="brief-sources">Source: {sourceLines(estimate).join('; ')}.</p>
        </section>
        <div className="brief-stack">
          <TradeoffsTable
            tradeoffs={result.tradeoffs}
            otherTerms={result.ask.from === 'terms'}
            idPrefix="brief-tradeoffs"
            compact
          />
          {result.warnings.length > 0 && (
            <section className="brief-box brief-warnings" aria-labelledby="brief-warnings-heading">
              <h3 id="brief-warnings-heading">Check before you send</h3>
              <ul>
                {result.warnings.map((warning) => (
                  <li key={warning.id}>{warning.text}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      <TipsSection
        tips={topTips(result.tips)}
        citations={result.citations}
        idPrefix="brief-tips"
        heading="Top tips"
        compact
      />
    </article>
  )
}

function BriefRow({ term, value }: { term: string; value: string }) {
  return (
    <div className="brief-row">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
}
