// The salary-insights page for a role in a place: pay summary, percentiles, pay by experience and by city,
// the role and its career path, factors that move pay, related titles and guidance filled with the numbers.
//
// Two kinds of role profile:
// - 'oews': any occupation, from BLS national percentiles and OFLC area levels. No public source gives bonus or stock
//   by occupation, so those are "no data".
// - 'survey': a title with a salary-survey profile (the 2025 "Backend Architect" survey). Its own figures are shown as
//   reported, carried to other places by a geographic factor from BLS/OFLC, beside the BLS view of its nearest
//   occupation.
import type { ParsedInput } from '../../shared/contract'
import { formatMoney } from '../../shared/format'
import type { ExperienceBand, InsightsResult, LocationMatch, SourceRef } from '../../shared/types'
import type { OccupationRecord, SurveyProfile } from '../dataset/format'
import type { Dataset } from '../dataset/indexDataset'
import { densityCurve, resolvePlace, resolveRole } from '../estimate/estimateOffer'
import { levelWages } from '../estimate/experience'
import { buildMarket, type MarketFor } from '../estimate/market'
import { surveyContradictions } from '../estimate/surveyCaveats'
import { coreTitleKey } from '../titles/normalise'
import { careerLadder } from './careerPath'
import { COMPARISON_METROS } from './bigMetros'

export const BANDS: ExperienceBand[] = ['0-2', '3-5', '6-10', '10+']
const pct = (ratio: number) => `${Math.round(Math.abs(ratio - 1) * 100)}%`

function areaPlace(dataset: Dataset, code: string): LocationMatch | null {
  return dataset.locations.byCode(code)
}

/** Median base pay of an occupation in each comparison metro (and the user's place), highest first. */
function cityMedians(dataset: Dataset, occ: OccupationRecord, place: LocationMatch, marketFor: MarketFor) {
  const rows: InsightsResult['byCity'] = []
  const seen = new Set<string>()
  const add = (code: string, name: string, isUserPlace: boolean) => {
    if (seen.has(code)) {
      if (isUserPlace) rows.forEach((r) => r.area === code && (r.isUserPlace = true))
      return
    }
    const p = areaPlace(dataset, code)
    const m = p ? marketFor(occ, p) : null
    if (!m || m.summary.scope !== 'area') return
    seen.add(code)
    rows.push({
      area: code,
      name,
      median: m.summary.p50,
      low: null,
      high: null,
      isUserPlace,
      status: 'modelled',
      sourceId: 'dol-oflc',
    })
  }
  for (const metro of COMPARISON_METROS) add(metro.area, metro.name, false)
  if (place.kind === 'metro' || place.kind === 'nonmetro') add(place.areaCode, place.areaName, true)
  return rows.sort((a, b) => (b.median ?? 0) - (a.median ?? 0))
}

/**
 * Related occupations: the same field (SOC major group) and titles sharing distinctive words (Nurse Practitioners for
 * Registered Nurses, never Veterinarians); the SOC minor group when the titles say nothing.
 */
function relatedOccupations(
  dataset: Dataset,
  occ: OccupationRecord,
  place: LocationMatch,
  marketFor: MarketFor,
): InsightsResult['relatedTitles'] {
  const hasMedian = (o: OccupationRecord | undefined): o is OccupationRecord =>
    !!o && o.soc !== occ.soc && !!o.national && o.national.values[2] !== null
  const byTitles = dataset.titles
    .related(occ.soc, 12)
    .map((soc) => dataset.occupationBySoc.get(soc))
    .filter(hasMedian)
  const minorGroup = dataset.occupations.filter((o) => hasMedian(o) && o.soc.startsWith(occ.soc.slice(0, 5)))
  return (
    (byTitles.length ? byTitles : minorGroup)
      .slice(0, 8)
      // Medians in the same place as the role itself, so the list compares like with like.
      .map((o) => ({
        title: o.title,
        soc: o.soc,
        median: marketFor(o, place)?.summary.p50 ?? null,
        kind: 'occupation' as const,
      }))
      .sort((a, b) => (b.median ?? 0) - (a.median ?? 0))
  )
}

export function buildInsights(
  dataset: Dataset,
  input: ParsedInput<'insights:role'>,
  marketFor: MarketFor = (occ, place) => buildMarket(dataset, occ, place),
): InsightsResult {
  const profile = input.soc ? null : dataset.profileForTitle(input.title)
  const { chosen, alternatives } = profile
    ? resolveRole(dataset, input.title, profile.nearestSoc)
    : resolveRole(dataset, input.title, input.soc)
  const place = resolvePlace(dataset, input.location, input.areaCode)
  const occ = dataset.occupationBySoc.get(chosen.soc)!
  const market = marketFor(occ, place)
  if (!market) throw new Error(`no wage figures for ${occ.soc}`)
  const { distribution, summary } = market
  const placeName = summary.scope === 'area' ? summary.areaName : 'the United States'
  const levels = levelWages(distribution, summary.levels)
  const national = occ.national ? marketFor(occ, dataset.locations.byCode('US')!) : null
  const nationalMedian = national?.summary.p50 ?? null
  const byCity = cityMedians(dataset, occ, place, marketFor)
  const sourceIds = new Set<string>([...summary.sourceIds, 'onet'])
  const notes: string[] = []
  if (summary.fallback) notes.push(summary.fallback)
  if (summary.scope === 'area')
    notes.push(
      `Figures for ${summary.areaName} are modelled from DOL's wage levels on the national shape of the occupation.`,
    )

  const ladder = careerLadder(dataset.titles, occ.soc)
  // Common titles without level words, one per spelling ("Software Engineer", not also "Senior - Software Engineer").
  // Titles O*NET lists for the occupation, most used first; filings alone only where O*NET lists too few.
  const seenCore = new Set<string>()
  const listedTitles = dataset.titles.titlesFor(occ.soc, 60, { listed: true })
  const typicalTitles = (listedTitles.length >= 3 ? listedTitles : dataset.titles.titlesFor(occ.soc, 60))
    .filter((t) => {
      const core = coreTitleKey(t.key)
      if (core !== t.key || seenCore.has(core) || /[()]/.test(t.title)) return false
      seenCore.add(core)
      return true
    })
    .slice(0, 8)
    .map((t) => t.title)
  const experienceLow = levels[0]
  const experienceHigh = levels[3]
  const cityValues = byCity.map((c) => c.median!).filter((v) => v > 0)
  const cityLow = byCity[byCity.length - 1]
  const cityHigh = byCity[0]

  let result: InsightsResult = {
    role: {
      title: input.title.trim() || occ.title,
      soc: occ.soc,
      occupation: occ.title,
      profile: 'oews',
      matchedFrom: chosen.matchedFrom,
      alternatives,
      nearest: null,
    },
    area: { code: place.areaCode, name: place.areaName, kind: place.kind, resolvedFrom: place.via },
    summary: {
      totalPay: { p10: null, p25: null, p50: null, p75: null, p90: null },
      totalPayStatus: 'no-data',
      base: {
        low: summary.p10,
        high: summary.p90,
        median: summary.p50,
        average: summary.scope === 'national' ? (occ.national?.mean ?? null) : null,
        status: summary.scope === 'area' ? 'modelled' : summary.status.p50,
        sourceId: summary.scope === 'area' ? 'dol-oflc' : 'bls-oews',
      },
      bonus: { low: null, high: null, status: 'no-data', sourceId: null },
      stock: { low: null, high: null, status: 'no-data', sourceId: null },
      additionalPay: { value: null, status: 'no-data', sourceId: null },
    },
    market: { ...summary, curve: densityCurve(distribution, 0) },
    byExperience: BANDS.map((band, i) => ({
      band,
      median: levels[i]!,
      level: (i + 1) as 1 | 2 | 3 | 4,
      status: 'modelled',
      sourceId: summary.levels ? 'dol-oflc' : 'bls-oews',
    })),
    byCity,
    about: {
      description: occ.description,
      descriptionSource: occ.description ? 'O*NET 27.0 Database, USDOL/ETA (CC BY 4.0), quoted' : null,
      typicalTitles,
      skills: [],
      skillsSource: null,
    },
    careerPath: ladder.map((s) => ({
      title: s.title,
      years: s.years,
      pay: levels[s.level - 1]!,
      status: 'modelled',
      sourceId: 'dol-lca',
    })),
    factors: [
      {
        factor: 'experience',
        measured: true,
        effect: `In ${placeName}, DOL's top wage level (fully competent) pays ${formatMoney(experienceHigh)}, ${pct(experienceHigh / experienceLow)} more than its entry level (${formatMoney(experienceLow)}).`,
        low: experienceLow,
        high: experienceHigh,
      },
      {
        factor: 'location',
        measured: cityValues.length > 1,
        effect:
          cityValues.length > 1 && cityLow && cityHigh
            ? `Among the metro areas compared, the median runs from ${formatMoney(cityLow.median)} in ${cityLow.name} to ${formatMoney(cityHigh.median)} in ${cityHigh.name}${nationalMedian ? `; the national median is ${formatMoney(nationalMedian)}` : ''}.`
            : 'Not measured: OFLC has no area figures for this occupation.',
        low: cityLow?.median ?? null,
        high: cityHigh?.median ?? null,
      },
      {
        factor: 'skills',
        measured: false,
        effect: 'Not measured: no public dataset ties pay to individual skills for this occupation.',
        low: null,
        high: null,
      },
      {
        factor: 'education',
        measured: false,
        effect: 'Not measured: OEWS reports pay by occupation, not by degree.',
        low: null,
        high: null,
      },
      {
        factor: 'company size',
        measured: false,
        effect:
          "Not measured: the figures cover employers of every size, and Worth's data does not split them.",
        low: null,
        high: null,
      },
    ],
    relatedTitles: [
      ...relatedOccupations(dataset, occ, place, marketFor),
      ...typicalTitles
        .slice(0, 5)
        .map((title) => ({ title, soc: occ.soc, median: summary.p50, kind: 'title' as const })),
    ],
    guidance: [],
    notes,
    sources: [],
  }
  if (ladder.length) sourceIds.add('dol-lca')

  if (profile) {
    result = applySurveyProfile(
      result,
      profile,
      place,
      summary.scope === 'area' && nationalMedian ? summary.p50 / nationalMedian : 1,
      occ,
      chosen.matchedFrom,
    )
    sourceIds.add(profile.source.id)
  }
  // Cost of living for each city (BEA 2023 price parities), so the view can show pay adjusted for it.
  result.byCity = result.byCity.map((c) => ({
    ...c,
    rpp: c.area ? (dataset.priceParity(c.area)?.rpp ?? null) : null,
  }))
  if (result.byCity.some((c) => c.rpp)) sourceIds.add('bea-rpp')
  result.guidance = guidance(result, placeName, nationalMedian)
  result.sources = dataset.sources.filter((s: SourceRef) => sourceIds.has(s.id))
  return result
}

/** The survey's own figures, carried to another place by `factor` (area median / national median of the nearest occupation). */
function applySurveyProfile(
  base: InsightsResult,
  profile: SurveyProfile,
  place: LocationMatch,
  factor: number,
  occ: OccupationRecord,
  matchedFrom: string,
): InsightsResult {
  const local = Math.abs(factor - 1) > 1e-9
  const status = local ? 'modelled' : 'reported'
  const scale = (v: number) => Math.round(v * factor)
  const src = profile.source.id
  const notes = [...base.notes]
  if (local) {
    notes.unshift(
      `The survey reports national figures. Worth carries them to ${place.areaName} with a geographic factor of ${factor.toFixed(3)}: the modelled median base pay of ${occ.title} there divided by its national median (BLS OEWS / DOL OFLC).`,
    )
  }
  // Where the survey disagrees with itself, say so next to the figures.
  const t = profile.totalPay
  notes.push(...surveyContradictions(profile))
  const byCity: InsightsResult['byCity'] = profile.byCity.map((c) => ({
    area: c.area,
    name: c.name,
    median: c.median,
    low: c.low,
    high: c.high,
    isUserPlace: c.area === place.areaCode,
    status: 'reported',
    sourceId: src,
  }))
  if ((place.kind === 'metro' || place.kind === 'nonmetro') && !byCity.some((c) => c.isUserPlace)) {
    byCity.push({
      area: place.areaCode,
      name: place.areaName,
      median: scale(t.p50),
      low: null,
      high: null,
      isUserPlace: true,
      status: 'modelled',
      sourceId: src,
    })
  }
  byCity.sort((a, b) => (b.median ?? b.high ?? 0) - (a.median ?? a.high ?? 0))
  const exp = profile.byExperience
  return {
    ...base,
    role: {
      ...base.role,
      title: profile.title,
      profile: 'survey',
      nearest: {
        soc: occ.soc,
        occupation: occ.title,
        why: `Base pay is compared with ${occ.title} (${occ.soc}): the occupation Worth's title matcher finds for "${profile.title}" (from "${matchedFrom}"), where O*NET also lists software architects.`,
      },
    },
    summary: {
      totalPay: { p10: scale(t.p10), p25: null, p50: scale(t.p50), p75: null, p90: scale(t.p90) },
      totalPayStatus: status,
      base: {
        low: scale(profile.baseRange.low),
        high: scale(profile.baseRange.high),
        average: scale(profile.averageBase),
        median: null,
        status,
        sourceId: src,
      },
      bonus: { low: scale(profile.bonus.low), high: scale(profile.bonus.high), status, sourceId: src },
      stock: { low: scale(profile.stock.low), high: scale(profile.stock.high), status, sourceId: src },
      additionalPay: { value: scale(profile.additionalPay), status, sourceId: src },
    },
    byExperience: BANDS.map((band, i) => ({
      band,
      median: scale(exp[band]),
      level: (i + 1) as 1 | 2 | 3 | 4,
      status,
      sourceId: src,
    })),
    byCity,
    about: {
      ...base.about,
      description: profile.description,
      descriptionSource: null,
      skills: profile.skills,
      skillsSource: profile.source.title,
    },
    careerPath: profile.careerPath.map((s) => {
      const band = BANDS.find((b) => b === s.years)
      return {
        title: s.title,
        years: s.years,
        pay: band ? scale(exp[band]) : null,
        status: band ? status : 'no-data',
        sourceId: src,
      }
    }),
    factors: base.factors.map((f) => {
      if (f.factor === 'experience') {
        return {
          ...f,
          low: scale(exp['0-2']),
          high: scale(exp['10+']),
          effect: `${local ? `Carried to ${place.areaName}, the survey's medians are` : 'The survey reports a median of'} ${formatMoney(scale(exp['0-2']))} at 0-2 years and ${formatMoney(scale(exp['10+']))} after 10 years (${pct(exp['10+'] / exp['0-2'])} more).`,
        }
      }
      if (f.factor === 'skills') {
        return {
          ...f,
          effect: `Not measured: the survey names in-demand skills (${profile.skills.join(', ')}) but gives no effect on pay.`,
        }
      }
      return f
    }),
    notes,
  }
}

function guidance(
  r: InsightsResult,
  placeName: string,
  nationalMedian: number | null,
): InsightsResult['guidance'] {
  const m = r.market
  // The user's own title reads naturally in a question ("a Software Developer", not "a Software Developers").
  const role = r.role.title
  const exp = r.byExperience
  const first = exp[0]?.median ?? null
  const last = exp[3]?.median ?? null
  const typical = (c: InsightsResult['byCity'][number]) =>
    c.median ?? (c.low !== null && c.high !== null ? (c.low + c.high) / 2 : null)
  const cities = r.byCity.filter((c) => typical(c) !== null).sort((a, b) => typical(b)! - typical(a)!)
  const cityText = (c: InsightsResult['byCity'][number]) =>
    c.median !== null ? formatMoney(c.median) : `${formatMoney(c.low)}-${formatMoney(c.high)}`
  const top = cities[0]
  const bottom = cities[cities.length - 1]
  const localVsNational = nationalMedian && m.scope === 'area' ? m.p50 / nationalMedian : null
  return [
    {
      id: 'negotiate',
      question: `How do I negotiate a higher salary as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}?`,
      answer: `Anchor on the market: in ${placeName} the median base is ${formatMoney(m.p50)} and the 75th percentile ${formatMoney(m.p75)}. Those figures mix every level of experience: aim for the upper part of pay at your own level (Negotiate works it out from your years and DOL's wage levels) in a step the employer can say yes to, typically 5-15% above the offer, with a precise figure; back it with your results, and treat the first offer as a starting point, not a ceiling.`,
    },
    {
      id: 'remote',
      question: 'How does remote work affect pay?',
      answer: localVsNational
        ? `Employers that pay by location would use local figures: the median here is ${pct(localVsNational)} ${localVsNational >= 1 ? 'above' : 'below'} the national median (${formatMoney(nationalMedian)}). Ask early whether the offer is tied to where you live, and whether it changes if you move.`
        : `The national median is ${formatMoney(m.p50)}. Employers that pay by location would adjust it up in expensive metros and down elsewhere; ask early whether the offer is tied to where you live.`,
    },
    {
      id: 'growth',
      question: 'How does pay grow with experience?',
      answer:
        first && last
          ? `Typical pay rises from ${formatMoney(first)} at 0-2 years to ${formatMoney(last)} after 10 years (${pct(last / first)} more)${r.role.profile === 'survey' ? ', as the survey reports' : ", by DOL's wage levels"}. The biggest steps usually come with a change of level or employer.`
          : 'Worth has no experience figures for this role.',
    },
    {
      id: 'raise',
      question: 'How can I raise my pay?',
      answer: `Moving from the median (${formatMoney(m.p50)}) to the 75th percentile (${formatMoney(m.p75)}) is worth ${formatMoney(m.p75 - m.p50)} a year. The usual levers are a higher level, a better-paying metro or employer, and skills that are scarce in your field${r.about.skills.length ? ` (the survey lists ${r.about.skills.slice(0, 3).join(', ')})` : ''}.`,
    },
    {
      id: 'city',
      question: 'How does pay vary by city?',
      answer:
        top && bottom && top !== bottom
          ? `Of the metro areas compared, ${top.name} pays most (median ${cityText(top)}) and ${bottom.name} least (${cityText(bottom)}). Higher pay often comes with higher living costs, so compare offers after tax and cost of living.`
          : 'Worth has no city figures for this role.',
    },
  ]
}
