// Tips chosen by the numbers: a small rules engine. Each rule has a stable id, a predicate over the situation, a text
// that quotes the user's own figures, and the research it rests on (none for Worth's own arithmetic or rules of thumb).
// Rules are listed in the order tips are shown: the situation first, then the always-on advice on how to ask.
import type { NegotiateTip } from '../../shared/negotiate'
import { formatMoney, percentileAt, percentilePhrase } from '../../shared/format'
import { CITE } from './citations'
import { preciseFigure, isRound } from './preciseAsk'

export interface Situation {
  /** BLS occupation, e.g. "Software Developers". */
  occupation: string
  /** Where the market figures are for, e.g. "Seattle-Tacoma-Bellevue, WA". */
  place: string
  offer: { base: number; bonus: number; stock: number; signon: number; total: number }
  /** Market percentile of the offer's base. */
  percentile: number
  market: { p50: number; p75: number }
  /** The ask the tips pitch; for 'terms' base stays as offered (raise 0) and `otherTerms` is the sign-on to ask. */
  ask: { base: number; high: number; raise: number; from: 'level' | 'market' | 'user' | 'terms' }
  /** When base stays as offered: the sign-on (a modest raise's first-year value) to ask for instead. */
  otherTerms: number | null
  /** DOL wage level for the user's years, and the percentile the market pays it at; null without years. */
  experience: { years: number; level: number; levelName: string; percentile: number; wage: number } | null
  /** Yearly total of the best other offer. */
  alternative: number | null
  walkaway: number | null
  remote: boolean
  /** BEA price parities (US = 100) of where the user lives now and of the offer's place, when the offer means a move. */
  move: { from: string; fromRpp: number; toRpp: number } | null
}

export interface TipRule {
  id: string
  when(s: Situation): boolean
  text(s: Situation): string
  cites: string[]
}

/** Below this percentile the offer is well below the median. */
export const WELL_BELOW_MEDIAN = 40
/** Between these the offer is near the median. */
export const NEAR_MEDIAN: readonly [number, number] = [40, 60]
/** Worth's rule of thumb, not a measured figure: yearly stock under this share of base is light. */
export const LIGHT_EQUITY_SHARE = 0.1
/** The offer is clearly below the experience level's pay when its percentile is this many points lower. */
export const EXPERIENCE_GAP_POINTS = 5
/** A move changes prices when the two places' price parities differ by more than this share. */
export const PRICE_GAP = 0.03
/** For the compounding tip: Worth's assumption of yearly raises, and the horizon. */
export const ASSUMED_RAISE = 0.03
export const COMPOUND_YEARS = 10

const money = formatMoney
const ROMAN = ['I', 'II', 'III', 'IV']
const priceChange = (s: Situation) => (s.move ? s.move.toRpp / s.move.fromRpp - 1 : 0)
const percentText = (share: number) => `${Math.round(Math.abs(share) * 1000) / 10}%`

/** A counter on base (rather than other terms). */
const onBase = (s: Situation) => s.ask.from !== 'terms'

/** What the user counters with, in words: the base, or the sign-on when base stays as offered. */
const counterWords = (s: Situation) =>
  onBase(s) || s.otherTerms === null ? money(s.ask.base) : `a sign-on of ${money(s.otherTerms)}`

/** The offer's yearly total at the ask (only base changes). */
const totalAtAsk = (s: Situation) => s.offer.total + s.ask.raise

/** When the other offer beats even the ask's total: by how much, and the base that would match it. */
function aboveAsk(s: Situation): string {
  const total = totalAtAsk(s)
  if (s.alternative === null || s.alternative <= total) return ''
  const matching = preciseFigure(s.alternative - (total - s.ask.base), 'up')
  return ` It pays ${money(s.alternative - total)} more than this offer would even at your ask (${money(total)} a year); a base of ${money(matching)} would match it.`
}

/** What a raise on base adds up to over COMPOUND_YEARS with ASSUMED_RAISE a year. */
export function compoundedRaise(raise: number): number {
  let sum = 0
  for (let year = 0; year < COMPOUND_YEARS; year += 1) sum += raise * (1 + ASSUMED_RAISE) ** year
  return Math.round(sum)
}

export const TIP_RULES: readonly TipRule[] = [
  {
    id: 'below-median',
    when: (s) => s.percentile < WELL_BELOW_MEDIAN,
    text: (s) =>
      `Your base of ${money(s.offer.base)} is ${percentileAt('at', s.percentile)} for ${s.occupation} in ${s.place}, ${money(s.market.p50 - s.offer.base)} below the median of ${money(s.market.p50)}. Lead with that gap: it is the market's figure, not a wish.`,
    cites: [],
  },
  {
    id: 'near-median',
    when: (s) => s.percentile >= NEAR_MEDIAN[0] && s.percentile <= NEAR_MEDIAN[1],
    text: (s) =>
      `Your base of ${money(s.offer.base)} is near the middle of the market for ${s.occupation} in ${s.place} (${percentilePhrase(s.percentile)}; median ${money(s.market.p50)}). ${onBase(s) ? `A counter to ${money(s.ask.base)}, ${percentText(s.ask.raise / s.offer.base)} more, is an ordinary step, not an outlier.` : 'Base already meets the target for your level, so spend the ask on the other terms.'}`,
    cites: [],
  },
  {
    id: 'above-p75',
    when: (s) => s.percentile > 75,
    text: (s) =>
      `Your base of ${money(s.offer.base)} is already above the 75th percentile (${money(s.market.p75)}) for ${s.occupation} in ${s.place}. The market argument is mostly spent: make the case from what you bring to this role, and if base will not move, use the trade-offs (sign-on, equity, bonus).`,
    cites: [],
  },
  {
    id: 'experience-above-pay',
    when: (s) => s.experience !== null && s.percentile < s.experience.percentile - EXPERIENCE_GAP_POINTS,
    text: (s) => {
      const e = s.experience!
      return `With ${e.years} ${e.years === 1 ? 'year' : 'years'} of experience you fit DOL wage Level ${ROMAN[e.level - 1] ?? e.level} (${e.levelName}), paid about ${money(e.wage)} in ${s.place}, ${percentileAt('near', e.percentile)}; your base of ${money(s.offer.base)} is ${percentileAt('at', s.percentile)}. That gap is your strongest argument: ${s.ask.base >= e.wage ? `your ask of ${money(s.ask.base)} is within pay for your level` : `an ask of ${money(s.ask.base)} is a first step toward the ${money(e.wage)} the market pays your level`}.`
    },
    cites: [],
  },
  {
    id: 'no-signon',
    when: (s) => s.offer.signon === 0,
    text: (s) =>
      `The offer has no sign-on bonus. A sign-on costs the employer once rather than every year, so it is a natural thing to ask for${onBase(s) ? `, e.g. ${money(s.ask.raise)}, the first-year value of the raise you are asking for` : s.otherTerms ? `, e.g. ${money(s.otherTerms)}, the first-year value of a 5% raise` : ''}.`,
    cites: [],
  },
  {
    id: 'no-equity',
    when: (s) => s.offer.stock === 0,
    text: (s) =>
      `The offer has no stock. Worth has no measured data on equity for ${s.occupation}, so this is Worth's rule of thumb, not a market figure: if the employer grants equity to others at your level, ask for a grant too, e.g. ${money(s.offer.base * LIGHT_EQUITY_SHARE)} a year (10% of base).`,
    cites: [],
  },
  {
    id: 'light-equity',
    when: (s) => s.offer.stock > 0 && s.offer.stock < s.offer.base * LIGHT_EQUITY_SHARE,
    text: (s) =>
      `Stock of ${money(s.offer.stock)} a year is ${percentText(s.offer.stock / s.offer.base)} of your base. By Worth's rule of thumb (not measured data), under 10% of base is light where equity is offered at all; ask whether the grant can reach ${money(s.offer.base * LIGHT_EQUITY_SHARE)} a year.`,
    cites: [],
  },
  {
    id: 'competing-offer-higher',
    when: (s) => s.alternative !== null && s.alternative > s.offer.total,
    text: (s) =>
      `Your other offer pays ${money(s.alternative!)} a year, ${money(s.alternative! - s.offer.total)} more than this one's total of ${money(s.offer.total)}. Say that you have it and what it pays: it is the strongest evidence you can bring.${aboveAsk(s)}`,
    cites: [],
  },
  {
    id: 'competing-offer-lower',
    when: (s) => s.alternative !== null && s.alternative <= s.offer.total,
    text: (s) =>
      `Your other offer (${money(s.alternative!)} a year) pays no more than this one (${money(s.offer.total)}), so do not quote its figure; say only that you are weighing another offer. It still shows you have a choice.`,
    cites: [],
  },
  {
    id: 'remote',
    when: (s) => s.remote,
    text: (s) =>
      `For a remote role, ask which location the pay band is set for. Your ask of ${money(s.ask.base)} is built on pay in ${s.place}; if the employer uses a cheaper location's band, ask for ${s.place}'s, or for the difference as sign-on.`,
    cites: [],
  },
  {
    id: 'move-dearer',
    when: (s) => s.move !== null && priceChange(s) > PRICE_GAP,
    text: (s) => {
      const m = s.move!
      return `Prices in ${s.place} are ${percentText(priceChange(s))} higher than in ${m.from} (BEA regional price parities ${m.toRpp} and ${m.fromRpp}). A base of ${money(s.offer.base)} there buys about what ${money((s.offer.base * m.fromRpp) / m.toRpp)} buys in ${m.from}: do not let your current pay set the ask.`
    },
    cites: [],
  },
  {
    id: 'move-cheaper',
    when: (s) => s.move !== null && priceChange(s) < -PRICE_GAP,
    text: (s) => {
      const m = s.move!
      return `Prices in ${s.place} are ${percentText(priceChange(s))} lower than in ${m.from} (BEA regional price parities ${m.toRpp} and ${m.fromRpp}). If the employer says lower prices justify lower pay, answer with the market: the figures behind your ask of ${money(s.ask.base)} are already pay in ${s.place}.`
    },
    cites: [],
  },
  {
    id: 'other-terms',
    when: (s) => s.ask.from === 'terms',
    text: (s) =>
      `Your base already meets the target, so a raise of a few percent is not worth spending the ask on. Ask for ${counterWords(s)} (the first-year value of a 5% raise), more equity, or a start date that suits you; name one figure and wait.`,
    cites: [],
  },
  {
    id: 'walkaway-private',
    when: (s) => s.walkaway !== null,
    text: (s) =>
      `Keep your walk-away of ${money(s.walkaway!)} to yourself: it tells you when to say no, and the employer would treat it as your price.`,
    cites: [],
  },
  {
    id: 'precise-number',
    when: onBase,
    text: (s) =>
      isRound(s.ask.base)
        ? `Your ask of ${money(s.ask.base)} is a round number; a precise one such as ${money(preciseFigure(s.ask.base))} tends to draw a smaller counter-move, because it reads as researched.`
        : `Name the precise figure, ${money(s.ask.base)}, not a round one: in experiments precise first offers drew smaller counter-moves, because they read as researched.`,
    cites: [CITE.mason2013],
  },
  {
    id: 'anchor-first',
    when: onBase,
    text: (s) =>
      `Name your number first, ${money(s.ask.base)} base, before the employer moves: first offers pull the final agreement toward them. If they name a figure first, bring the talk back to the market data and your number.`,
    cites: [CITE.galinsky2001],
  },
  {
    id: 'bolstering-range',
    when: onBase,
    text: (s) =>
      `If you give a range, start it at your ask: "${money(s.ask.base)} to ${money(s.ask.high)}". A range that starts at your figure and goes up did better than the figure alone; one that dips below it gives money away.`,
    cites: [CITE.ames2015],
  },
  {
    id: 'asking-works',
    when: () => true,
    text: (s) =>
      `Ask. Most workers never ask for more than the first offer, yet most of those who asked ended up with more, and new hires who negotiated started on higher pay. Countering with ${counterWords(s)} is a normal part of hiring.`,
    cites: [CITE.pew2023, CITE.marks2011],
  },
  {
    id: 'asking-compounds',
    when: (s) => s.ask.raise > 0,
    text: (s) =>
      `A higher base compounds: ${money(s.ask.raise)} more a year now, with raises of ${ASSUMED_RAISE * 100}% a year (Worth's assumption), adds up to about ${money(compoundedRaise(s.ask.raise))} over ${COMPOUND_YEARS} years, before any promotion.`,
    cites: [CITE.babcock2003],
  },
  {
    id: 'negotiable',
    when: () => true,
    text: (s) =>
      `Treat the offer as open to negotiation unless told otherwise, and ask "Is there flexibility on base?" if unsure. When employers said outright that pay was negotiable, the gap between men and women in asking disappeared; ${counterWords(s)} is the kind of counter that invitation is for.`,
    cites: [CITE.leibbrandt2015],
  },
]

export function chooseTips(situation: Situation, rules: readonly TipRule[] = TIP_RULES): NegotiateTip[] {
  return rules
    .filter((rule) => rule.when(situation))
    .map((rule) => ({ id: rule.id, text: rule.text(situation), cites: [...rule.cites] }))
}
