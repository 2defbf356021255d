// An offer against its market: the percentile of its base, its total, and where its years usually sit.
import { ambiguousPlaceMessage, placeChoices } from '../locations/placeMessages'
import type { ParsedInput } from '../../shared/contract'
import { formatMoney, percentileAt } from '../../shared/format'
import type {
  EstimateResult,
  LocationMatch,
  MarketPoint,
  OfferSummary,
  SourceRef,
  TitleMatch,
} from '../../shared/types'
import { WorthFailure } from '../errors'
import type { Dataset } from '../dataset/indexDataset'
import {
  anchorNational,
  CHART_SPAN,
  distributionFromCurve,
  KEY_SCORES,
  type WageDistribution,
} from '../market/distribution'
import { normalQuantile } from '../market/normal'
import type { SurveyProfile } from '../dataset/format'
import { experienceView } from './experience'
import { buildMarket, withCurve, type MarketFor } from './market'
import { prevailingWage } from './prevailingWage'
import { surveyContradictions } from './surveyCaveats'
import { titleKey } from '../titles/normalise'

/** Sign-on bonuses are paid once; Worth spreads them over four years, a typical vesting horizon. */
export const SIGNON_YEARS = 4

export function offerSummary(input: {
  base: number
  bonus: number
  stock: number
  signon: number
}): OfferSummary {
  const signonPerYear = Math.round((input.signon / SIGNON_YEARS) * 100) / 100
  return {
    base: input.base,
    bonus: input.bonus,
    stock: input.stock,
    signon: input.signon,
    signonPerYear,
    total: Math.round((input.base + input.bonus + input.stock + signonPerYear) * 100) / 100,
  }
}

export function resolveRole(
  dataset: Dataset,
  title: string,
  soc?: string,
  key = titleKey(title),
): { chosen: TitleMatch; alternatives: TitleMatch[] } {
  const matches = title.trim() ? dataset.titles.match(title, key) : []
  if (soc) {
    const occ = dataset.occupationBySoc.get(soc)
    if (!occ)
      throw new WorthFailure({
        code: 'unknown-title',
        field: 'soc',
        message: `Occupation code ${soc} is not in Worth's dataset.`,
      })
    const fromMatches = matches.find((m) => m.soc === soc)
    const chosen: TitleMatch = fromMatches ?? {
      soc,
      occupation: occ.title,
      matchedFrom: title.trim() || occ.title,
      via: 'bls',
      score: 0,
      method: 'code',
      confidence: 'high',
      corrected: null,
    }
    return { chosen, alternatives: matches.filter((m) => m.soc !== soc) }
  }
  if (!title.trim())
    throw new WorthFailure({
      code: 'unknown-title',
      field: 'title',
      message: 'Job title is required: type the title on your offer, e.g. "Software Engineer".',
    })
  const chosen = matches[0]
  if (!chosen) {
    const suggestions = dataset.titles.closest(title)
    throw new WorthFailure({
      code: 'unknown-title',
      field: 'title',
      message: `Job title: "${title.trim()}" is not a job title Worth knows.${suggestions.length ? ` Closest real titles: ${suggestions.join(', ')}.` : ''}`,
      suggestions,
    })
  }
  return { chosen, alternatives: matches.slice(1) }
}

export function resolvePlace(dataset: Dataset, location: string, areaCode?: string): LocationMatch {
  if (areaCode) {
    const picked = dataset.locations.byCode(areaCode)
    if (!picked)
      throw new WorthFailure({
        code: 'unknown-location',
        field: 'location',
        message: `Area code ${areaCode} is not in Worth's dataset.`,
      })
    return location.trim() && picked.kind !== 'national' && picked.kind !== 'state'
      ? { ...picked, label: location.trim() }
      : picked
  }
  if (!location.trim()) {
    throw new WorthFailure({
      code: 'unknown-location',
      field: 'location',
      message: 'Location is required: type a city and state ("Austin, TX"), a state, or "United States".',
    })
  }
  const matches = dataset.locations.resolve(location)
  if (matches.length === 1) return matches[0]!
  if (matches.length > 1) {
    // Biggest place first (Census population), so the first suggestion is the likeliest meaning.
    throw new WorthFailure({
      code: 'ambiguous-location',
      field: 'location',
      message: ambiguousPlaceMessage(location, matches),
      suggestions: placeChoices(matches),
    })
  }
  const why = dataset.locations.explain(location)
  if (why)
    throw new WorthFailure({
      code: 'unknown-location',
      field: 'location',
      message: why,
      suggestions: ['United States'],
    })
  const suggestions = dataset.locations.suggest(location.trim().slice(0, 3), 5).map((m) => m.label)
  throw new WorthFailure({
    code: 'unknown-location',
    field: 'location',
    message: `Location "${location.trim()}" is not a place Worth knows. Try "City, ST", a state, or "United States".${suggestions.length ? ` Closest: ${suggestions.join(', ')}.` : ''}`,
    suggestions,
  })
}

/** The normal score of the curve's widest reach for an offer (the 0.01st and 99.99th percentiles). */
const Z_REACH = normalQuantile(0.9999)

/**
 * Points for drawing the density, spanning the 0.5th to 99.5th percentile (and the offer, if not absurdly far out).
 * The points are evenly spaced in log pay (each a fixed percentage above the last), which lets every point be read forward
 * off the curve (see WageDistribution.logSpacedPoints); the chart's axis is numeric, so the spacing is drawn as it is.
 */
export function densityCurve(dist: WageDistribution, base: number, points = 120): MarketPoint[] {
  const span = CHART_SPAN
  let lo: number = span.lo
  let hi: number = span.hi
  if (base > 0) {
    // An inversion only for an offer beyond the default span (a forward read at its ends says whether it is).
    if (base * 0.95 < dist.atScore(span.lo)) lo = Math.max(dist.score(base * 0.95), -Z_REACH)
    if (base * 1.05 > dist.atScore(span.hi)) hi = Math.min(dist.score(base * 1.05), Z_REACH)
  }
  // Share of workers per $1,000 of pay, which reads better than a density per dollar.
  return dist.logSpacedPoints(lo, hi, points, 1000)
}

export function estimateOffer(
  dataset: Dataset,
  input: ParsedInput<'estimate:offer'>,
  marketFor: MarketFor = (occ, place) => buildMarket(dataset, occ, place),
): EstimateResult {
  // A title with a salary-survey profile ("Backend Architect") compares base pay with the profile's nearest occupation.
  const key = titleKey(input.title)
  const profile = input.soc ? null : dataset.profileForKey(key)
  const { chosen, alternatives } = resolveRole(dataset, input.title, input.soc ?? profile?.nearestSoc, key)
  const place = resolvePlace(dataset, input.location, input.areaCode)
  const occ = dataset.occupationBySoc.get(chosen.soc)!
  const market = marketFor(occ, place)
  if (!market) {
    throw new WorthFailure({
      code: 'no-data',
      field: 'title',
      message: `Worth has no wage figures for ${occ.title} in ${place.label}.`,
    })
  }
  const { distribution, summary } = market
  const offer = offerSummary(input)
  const percentile = Math.min(100, Math.max(0, Math.round(distribution.cdf(input.base) * 1000) / 10))
  const placeName = summary.scope === 'area' ? summary.areaName : 'the United States'
  const notes: string[] = []
  if (summary.fallback) notes.push(summary.fallback)
  if (summary.scope === 'area') {
    notes.push(
      `Percentiles for ${summary.areaName} are modelled: OFLC publishes four wage levels per area; Worth places Level I at the 17th and Level IV at the 67th percentile and follows the national shape elsewhere.`,
    )
  }
  if (summary.topCode !== null) {
    notes.push(
      `BLS publishes some of these percentiles only as "${formatMoney(summary.topCode)} or more"; Worth shows a modelled figure above that.`,
    )
  }
  if (occ.national && occ.national.soc !== occ.soc) {
    notes.push(
      `BLS publishes national figures for ${occ.title} only together with related occupations, as ${occ.national.title} (${occ.national.soc}).`,
    )
  }
  if (occ.national?.status.includes('from-hourly')) {
    notes.push(
      'BLS publishes only hourly wages for this occupation nationally; Worth shows them as annual pay at 2,080 hours a year.',
    )
  }
  if (input.base < summary.p10 || input.base > summary.p90) {
    notes.push(
      'Your base is outside the 10th-90th percentile range, where the curve is extended beyond the published points: read the percentile as approximate.',
    )
  }
  notes.push(
    'Market figures are base pay as OEWS measures it (wages and salaries including incentive pay, excluding stock and year-end bonuses): compare them with your base, not your total.',
  )

  const experience =
    input.years === null || input.years === undefined
      ? null
      : experienceView(input.years, distribution, summary.levels, input.base, placeName)
  const median = distribution.atScore(KEY_SCORES.p50)
  const national = profile ? marketFor(occ, dataset.locations.byCode('US')!)?.summary.p50 : undefined
  // The sources the reply names, a handful of ids (a list: the dataset's source list is read once against it).
  const sourceIds = summary.sourceIds.slice()
  sourceIds.push(chosen.via === 'h1b' ? 'dol-lca' : chosen.via === 'onet' ? 'onet' : 'bls-oews')
  if (profile) sourceIds.push(profile.source.id)
  if (place.kind === 'metro' || place.kind === 'nonmetro') sourceIds.push('census-cbsa')
  return {
    role: {
      title: input.title.trim() || occ.title,
      soc: occ.soc,
      matchedFrom: chosen.matchedFrom,
      via: chosen.via,
      method: chosen.method,
      confidence: chosen.confidence,
      corrected: chosen.corrected,
      alternatives,
    },
    area: { code: place.areaCode, name: place.areaName, kind: place.kind, resolvedFrom: place.via },
    market: withCurve(summary, densityCurve(distribution, input.base)),
    offer,
    percentile: {
      base: percentile,
      sentence: `Your base of ${formatMoney(input.base)} is ${percentileAt('at', percentile)} for ${occ.title} in ${placeName}`,
      baseVsMedian: Math.round(input.base - median) + 0,
    },
    experience,
    prevailingWage: prevailingWage({
      base: input.base,
      occupation: occ.title,
      levels: summary.scope === 'area' ? summary.levels : null,
      area:
        summary.scope === 'area'
          ? summary.areaName
          : place.kind === 'national'
            ? 'the United States'
            : place.areaName,
      // Written only when it is said: an area with OFLC levels needs no reason.
      whyNone:
        summary.scope === 'area' && summary.levels
          ? ''
          : place.kind === 'national' || place.kind === 'state'
            ? `DOL sets prevailing wages for metro and non-metro areas, not for ${place.kind === 'state' ? `a whole state (${place.areaName})` : 'the whole country'}: choose a city to see which wage level your base meets.`
            : `OFLC publishes no prevailing wage for ${occ.title} in ${place.areaName}, so Worth cannot say which wage level your base meets there.`,
      sources: dataset.sources,
    }),
    survey: profile
      ? surveyPercentile(
          profile,
          offer.total,
          summary.scope === 'area' && national ? summary.p50 / national : 1,
          placeName,
        )
      : null,
    notes,
    sources: sourcesNamed(dataset.sources, sourceIds),
  }
}

/** Each source list's positions by id, worked out once per list (a dataset's list does not change). */
const sourcePositions = new WeakMap<readonly SourceRef[], Map<string, number[]>>()

/** The sources whose ids are listed, in the dataset's order (as filtering the list by the ids would give them). */
function sourcesNamed(sources: readonly SourceRef[], ids: readonly string[]): SourceRef[] {
  let positions = sourcePositions.get(sources)
  if (!positions) {
    positions = new Map()
    sources.forEach((source, i) => {
      const list = positions!.get(source.id)
      if (list) list.push(i)
      else positions!.set(source.id, [i])
    })
    sourcePositions.set(sources, positions)
  }
  // A handful of positions, each put in its place as it is found (no sort call with a comparator).
  const found: number[] = []
  for (let k = 0; k < ids.length; k += 1) {
    const list = positions.get(ids[k]!)
    if (list === undefined) continue
    for (let j = 0; j < list.length; j += 1) {
      const at = list[j]!
      let i = found.length
      while (i > 0 && found[i - 1]! > at) i -= 1
      if (i > 0 && found[i - 1] === at) continue
      found.push(at)
      for (let m = found.length - 1; m > i; m -= 1) found[m] = found[m - 1]!
      found[i] = at
    }
  }
  const named: SourceRef[] = []
  for (let i = 0; i < found.length; i += 1) named.push(sources[found[i]!]!)
  return named
}

/**
 * Total pay against a survey profile: a distribution through the survey's 10th, 50th and 90th percentiles of total
 * pay (scaled by the geographic factor), the same way national figures are drawn through BLS's points.
 */
export function surveyPercentile(
  profile: SurveyProfile,
  total: number,
  factor: number,
  placeName: string,
): NonNullable<EstimateResult['survey']> {
  const t = profile.totalPay
  const anchored = anchorNational(
    [t.p10 * factor, null, t.p50 * factor, null, t.p90 * factor],
    ['published', 'modelled', 'published', 'modelled', 'published'],
    Infinity,
  )!
  const dist = distributionFromCurve(anchored.curve)
  const totalPercentile = Math.min(100, Math.max(0, Math.round(dist.cdf(total) * 1000) / 10))
  return {
    profile: profile.source.release,
    totalPercentile,
    sentence: `Your total of ${formatMoney(total)} is ${percentileAt('at', totalPercentile)} of total pay for ${profile.title} in the ${profile.source.release}${Math.abs(factor - 1) > 1e-9 ? `, carried to ${placeName} by a geographic factor of ${factor.toFixed(3)}` : ''}`,
    sourceId: profile.source.id,
    caveats: [
      `The survey figure is total pay (base, bonus, stock and other pay) as the survey's users reported it, against the survey's own percentiles; the percentile above is of base pay in BLS/OFLC figures. They measure different things and need not agree.`,
      ...(Math.abs(factor - 1) > 1e-9
        ? [
            `The survey reports national figures; Worth carries them to ${placeName} with a geographic factor of ${factor.toFixed(3)} (modelled).`,
          ]
        : []),
      ...surveyContradictions(profile),
    ],
  }
}
