// The ask in big type: the base to ask for, its supporting range, where it sits in the market, and what it adds.
import type { NegotiateResult } from '../../../../../shared/negotiate'
import { askSourceText, money, percentileText, percentText, signedMoney } from '../negotiateFigures'

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
        Supporting range: <strong>{money(ask.low)}</strong> to <strong>{money(ask.high)}</strong>
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
            {ask.takeHomeGain === null
              ? 'Not known: Worth has no tax figures for this place'
              : `${signedMoney(ask.takeHomeGain)} after tax`}
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
