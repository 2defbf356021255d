// A saved offer (My offers) turned into what the counter-offer calculator takes: the offer's own fields, and its
// total pay a year as someone's best alternative. Pure; the form, the Compare view and the tests call these.
//
// The calculator describes an offer by yearly figures, as My offer does; a saved offer is richer. The choices:
// - bonus: a percentage of base becomes dollars of base (10% of $165,000 is $16,500);
// - stock per year: the grant divided by the years it vests over, i.e. the average year. Year 1 alone would
//   undercount a back-loaded (5-15-40-40) or cliff schedule and overcount a front-loaded one; the Compare view shows
//   the year-by-year figures;
// - sign-on: the whole amount, whether paid in year 1 or split (the calculator spreads it over four years itself);
// - relocation, 401(k) match and yearly raise are not part of the calculator's offer and are left out.
// Bonus and stock per year are rounded to the dollar, so the form shows whole dollars.
import { lastNamedBase, startingBase } from './counterHistory'
import type { Offer } from '../../../../shared/offer'
import { formatMoney } from '../../lib/format'
import { showsPrefill, type NegotiateFormText, type NegotiatePrefill } from './negotiateForm'

/** Worth spreads a sign-on bonus over four years in an offer's total (as in My offer and the CLI). */
const SIGNON_YEARS = 4

/** The target bonus in dollars a year (a percentage is of base), to the dollar. */
export function bonusDollars(offer: Offer): number {
  return offer.bonus.kind === 'amount'
    ? Math.round(offer.bonus.value)
    : Math.round((offer.base * offer.bonus.value) / 100)
}

/**
 * Stock per year: the grant divided by the years it vests over (the average year), to the dollar. Options have no
 * dollar value until an exit, so they count as none here (Compare shows them per exit scenario).
 */
export function stockPerYear(offer: Offer): number {
  if (offer.equity.kind === 'options') return 0
  return Math.round(offer.equity.total / offer.equity.years)
}

/** The calculator's offer fields for a saved offer (no occupation or area picked: Worth matches the text). */
export function savedOfferPrefill(offer: Offer): NegotiatePrefill {
  return {
    title: offer.title,
    location: offer.location,
    soc: null,
    areaCode: null,
    years: offer.years,
    // The employer's latest figure from the negotiation history, when it has one (counterHistory.ts).
    base: startingBase(offer).base,
    bonus: bonusDollars(offer),
    stock: stockPerYear(offer),
    signon: offer.signon.amount,
  }
}

/**
 * A saved offer's total pay a year as Worth counts it everywhere: base + bonus + stock per year + sign-on ÷ 4, from
 * the same figures the calculator would be given for it, rounded to the dollar.
 */
export function savedOfferTotal(offer: Offer): number {
  return Math.round(
    offer.base + bonusDollars(offer) + stockPerYear(offer) + offer.signon.amount / SIGNON_YEARS,
  )
}

/** How a saved offer is named in a list: its label, company and place. */
export function savedOfferName(offer: Offer): string {
  const where = [offer.company, offer.location].filter((part) => part.trim() !== '').join(', ')
  return where ? `${offer.label} (${where})` : offer.label
}

/** What the form says once a saved offer has filled in the offer's fields. */
export function filledSentence(offer: Offer): string {
  const prefill = savedOfferPrefill(offer)
  const parts = [`base ${formatMoney(prefill.base)}`]
  if (prefill.bonus > 0) parts.push(`bonus ${formatMoney(prefill.bonus)}`)
  if (prefill.stock > 0) parts.push(`stock ${formatMoney(prefill.stock)} a year`)
  if (prefill.signon > 0) parts.push(`sign-on ${formatMoney(prefill.signon)}`)
  return `Filled in ${savedOfferName(offer)}: ${offer.title}, ${parts.join(', ')}. ${baseSource(offer)}Your terms are unchanged.`
}

/** Where the base came from, when the offer's history gave it ("The base is the employer's latest figure, …"). */
export function baseSource(offer: Offer): string {
  const start = startingBase(offer)
  const entry = lastNamedBase(offer)
  if (start.from === 'offer' || !entry) return ''
  const whose = start.from === 'their-counter' ? 'the employer’s latest figure' : 'your latest counter'
  return `The base is ${whose}, ${formatMoney(start.base)} on ${entry.date}, from the offer’s history (the offer itself says ${formatMoney(offer.base)}). `
}

/** What the form says once a saved offer has become the best alternative. */
export function alternativeSentence(offer: Offer): string {
  return `Best alternative offer set to ${formatMoney(savedOfferTotal(offer))} a year, the total pay of ${savedOfferName(offer)}.`
}

/** The saved offer whose figures the form's offer fields hold now, or null (e.g. once the user edits one). */
export function offerShown(fields: NegotiateFormText, offers: readonly Offer[]): Offer | null {
  return offers.find((offer) => showsPrefill(fields, savedOfferPrefill(offer))) ?? null
}

/** The saved offer whose total the "Best alternative offer" field holds now, or null. */
export function alternativeShown(fields: NegotiateFormText, offers: readonly Offer[]): Offer | null {
  const typed = fields.alternative.trim()
  return typed === '' ? null : (offers.find((offer) => String(savedOfferTotal(offer)) === typed) ?? null)
}
