// The ask in big type: the base to ask for, the range to quote (the ask up to the top of the range), the lowest base
// to accept before turning to trade-offs, where the ask sits in the market, and what it adds. When the offer already
// meets the target the headline is the other terms, not a raise; an ask below the offer is never shown as a win.
// The market for the person's level and the stretch (a bigger ask, with its risk) are shown apart from the ask.
import type { NegotiateResult } from '../../../../../shared/negotiate'
import {
  askSourceText,
  money,
  percentileText,
  percentText,
  signedMoney,
  TAKE_HOME_NEEDS_STATE,
} from '../negotiateFigures'

export function AskSummary({ result }: { result: NegotiateResult }) {
  const { ask, current, otherTerms } = result
  if (ask.from === 'terms' && otherTerms) return <TermsSummary result={result} />
  const below = ask.base < current.base
  return (
    <section
      className={below ? 'result-card ask-card is-below' : 'result-card ask-card'}
      aria-labelledby="ask-heading"
    >
      <h3 id="ask-heading">Ask for</h3>
      <p className="ask-figure">
        <span className="ask-amount" data-testid="ask-amount">
          {money(ask.base)}
        </span>{' '}
        <span className="ask-unit">base a year</span>
        {below && <span className="ask-flag"> — below the offer, so no counter</span>}
      </p>
      <p className="ask-range">
        Quote: <strong>{money(ask.base)}</strong> to <strong>{money(ask.high)}</strong>
      </p>
      <p className="ask-floor">
        Lowest base before turning to trade-offs: <strong>{money(ask.low)}</strong>
      </p>
      <dl className="ask-facts">
        <div className="ask-fact">
          <dt>In the market</dt>
          <dd>
            {capitalize(percentileText(ask.percentile))} (the offer: {percentileText(current.percentile)})
          </dd>
        </div>
        <div className="ask-fact">
          <dt>{below ? 'Less than the offer' : 'More than the offer'}</dt>
          <dd>
            {signedMoney(ask.raise)} ({percentText(ask.raisePercent)})
          </dd>
        </div>
        <div className="ask-fact">
          <dt>Extra take-home pay, first year</dt>
          <dd>
            {ask.takeHomeGain === null ? TAKE_HOME_NEEDS_STATE : `${signedMoney(ask.takeHomeGain)} after tax`}
          </dd>
        </div>
      </dl>
      <p className="note">The ask is {askSourceText(result)}.</p>
      <LevelMarket result={result} />
      <Stretch result={result} />
    </section>
  )
}

function TermsSummary({ result }: { result: NegotiateResult }) {
  const { current, otherTerms } = result
  return (
    <section className="result-card ask-card is-terms" aria-labelledby="ask-heading">
      <h3 id="ask-heading">Keep the base, ask for other terms</h3>
      <p className="ask-figure">
        <span className="ask-amount" data-testid="ask-amount">
          {money(otherTerms!.value)}
        </span>{' '}
        <span className="ask-unit">sign-on bonus, once</span>
      </p>
      <p className="ask-range">
        Base stays at <strong>{money(current.base)}</strong> ({percentileText(current.percentile)}): it
        already meets the target.
      </p>
      <p>{otherTerms!.sentence}</p>
      <p className="note">The advice is {askSourceText(result)}.</p>
      <LevelMarket result={result} />
    </section>
  )
}

/** The market the ask is read from: the person's level band, or the whole market when no years were given. */
function LevelMarket({ result }: { result: NegotiateResult }) {
  return <p className="ask-reference">{result.reference.sentence}</p>
}

function Stretch({ result }: { result: NegotiateResult }) {
  const { stretch } = result
  if (!stretch) return null
  return (
    <div className="ask-stretch" role="note" aria-labelledby="ask-stretch-heading">
      <h4 id="ask-stretch-heading">Stretch, if you have leverage: {money(stretch.base)}</h4>
      <p>{stretch.sentence}</p>
    </div>
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
