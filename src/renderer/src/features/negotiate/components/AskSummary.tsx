// The ask in big type: the base to ask for, the range to quote (the ask up to the top of the range), the lowest base
// to accept before turning to trade-offs, where the ask sits in the market, and what it adds.
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
  const { ask, current } = result
  return (
    <section className="result-card ask-card" aria-labelledby="ask-heading">
      <h3 id="ask-heading">Ask for</h3>
      <p className="ask-figure">
        <span className="ask-amount" data-testid="ask-amount">
          {money(ask.base)}
        </span>{' '}
        <span className="ask-unit">base a year</span>
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
          <dt>More than the offer</dt>
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
    </section>
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
