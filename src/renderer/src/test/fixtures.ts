// Realistic replies for component tests (BLS OEWS national figures for Software Developers, SOC 15-1252).
import type {
  EstimateResult,
  MarketPoint,
  TitleSearchResult,
  LocationSearchResult,
} from '../../../shared/types'

/** A smooth bell over log-wages, good enough to draw; the real curve comes from the backend. */
function bellCurve(median: number, spread: number, from: number, to: number, steps = 40): MarketPoint[] {
  const points: MarketPoint[] = []
  for (let i = 0; i <= steps; i += 1) {
    const wage = Math.round(from + ((to - from) * i) / steps)
    const z = Math.log(wage / median) / spread
    points.push({ wage, density: Math.exp(-(z * z) / 2) / (wage * spread * Math.sqrt(2 * Math.PI)) })
  }
  return points
}

export const SOURCES: EstimateResult['sources'] = [
  {
    id: 'bls-oews',
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Employment and Wage Statistics',
    release: 'May 2024',
    licence: 'Public domain (U.S. government work)',
    use: 'national wage percentiles',
  },
  {
    id: 'dol-oflc',
    publisher: 'U.S. Department of Labor, Office of Foreign Labor Certification',
    title: 'Prevailing wage levels (July 2025 – June 2026)',
    release: 'July 2025',
    licence: 'Public domain (U.S. government work)',
    use: 'wage levels by area',
  },
]

export function nationalEstimate(base = 150000): EstimateResult {
  return {
    role: {
      title: 'Software engineer',
      soc: '15-1252',
      matchedFrom: 'Software Engineer',
      via: 'onet',
      method: 'exact',
      confidence: 'high',
      corrected: null,
      alternatives: [
        {
          soc: '15-1251',
          occupation: 'Computer Programmers',
          matchedFrom: 'Software Programmer',
          via: 'onet',
          score: 0.71,
          method: 'exact',
          confidence: 'high',
          corrected: null,
        },
        {
          soc: '15-1253',
          occupation: 'Software Quality Assurance Analysts and Testers',
          matchedFrom: 'Software Test Engineer',
          via: 'onet',
          score: 0.55,
          method: 'exact',
          confidence: 'high',
          corrected: null,
        },
      ],
    },
    area: { code: 'US', name: 'United States', kind: 'national', resolvedFrom: 'anywhere in the U.S.' },
    market: {
      scope: 'national',
      soc: '15-1252',
      occupation: 'Software Developers',
      areaCode: 'US',
      areaName: 'United States',
      p10: 79850,
      p25: 103050,
      p50: 133080,
      p75: 169000,
      p90: 211450,
      status: { p10: 'published', p25: 'published', p50: 'published', p75: 'published', p90: 'published' },
      topCode: 239200,
      levels: null,
      fallback: null,
      curve: bellCurve(133080, 0.38, 50000, 280000),
      sourceIds: ['bls-oews'],
    },
    offer: { base, bonus: 15000, stock: 40000, signon: 20000, signonPerYear: 5000, total: base + 60000 },
    percentile: {
      base: 57,
      sentence: `Your base of $${base.toLocaleString('en-US')} is at the 57th percentile for Software Developers in the United States`,
      baseVsMedian: base / 133080,
    },
    experience: {
      years: 5,
      level: 2,
      levelName: 'Level II (qualified)',
      percentile: 34,
      wage: 112000,
      sentence:
        'With 5 years of experience, DOL would usually place you at Level II, around $112,000 (34th percentile).',
    },
    prevailingWage: {
      level: null,
      levels: null,
      area: 'the United States',
      source: 'DOL OFLC prevailing wage levels, wage year July 2025 - June 2026',
      sentence:
        'DOL sets prevailing wages for metro and non-metro areas, not for the whole country: choose a city to see which wage level your base meets.',
    },
    survey: null,
    notes: ['Stock is counted at its grant value; it may be worth more or less when it vests.'],
    sources: SOURCES.slice(0, 1),
  }
}

export function seattleEstimate(): EstimateResult {
  const national = nationalEstimate(150000)
  return {
    ...national,
    area: {
      code: '42660',
      name: 'Seattle-Tacoma-Bellevue, WA',
      kind: 'metro',
      resolvedFrom: 'principal city of Seattle-Tacoma-Bellevue, WA',
    },
    market: {
      ...national.market,
      scope: 'area',
      areaCode: '42660',
      areaName: 'Seattle-Tacoma-Bellevue, WA',
      p10: 104500,
      p25: 128900,
      p50: 158200,
      p75: 196400,
      p90: 251000,
      status: { p10: 'modelled', p25: 'modelled', p50: 'modelled', p75: 'modelled', p90: 'top-coded' },
      levels: [108493, 139402, 170331, 201240],
      curve: bellCurve(158200, 0.34, 70000, 320000),
      sourceIds: ['bls-oews', 'dol-oflc'],
    },
    percentile: {
      base: 47,
      sentence:
        'Your base of $150,000 is at the 47th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA',
      baseVsMedian: 150000 / 158200,
    },
    prevailingWage: {
      level: 'II',
      levels: { I: 108493, II: 139402, III: 170331, IV: 201240 },
      area: 'Seattle-Tacoma-Bellevue, WA',
      source: 'DOL OFLC prevailing wage levels, wage year July 2025 - June 2026',
      sentence:
        "Your base of $150,000 meets prevailing wage Level II (qualified, $139,402) but not Level III ($170,331) for Software Developers in Seattle-Tacoma-Bellevue, WA: DOL's minimum for an H-1B or green-card job at that level of experience, about the 34th percentile of the area's pay.",
    },
    sources: SOURCES,
  }
}

export const TITLE_SEARCH: TitleSearchResult = {
  query: 'software',
  suggestions: [
    { title: 'Software Engineer', soc: '15-1252', occupation: 'Software Developers' },
    { title: 'Software Developer', soc: '15-1252', occupation: 'Software Developers' },
    {
      title: 'Software Test Engineer',
      soc: '15-1253',
      occupation: 'Software Quality Assurance Analysts and Testers',
    },
  ],
  occupations: [
    {
      soc: '15-1252',
      occupation: 'Software Developers',
      matchedFrom: 'Software Engineer',
      via: 'onet',
      score: 0.9,
      method: 'exact',
      confidence: 'high',
      corrected: null,
    },
  ],
}

export const PORTLAND_SEARCH: LocationSearchResult = {
  query: 'Portland',
  ambiguous: true,
  matches: [
    {
      label: 'Portland, OR',
      areaCode: '38900',
      areaName: 'Portland-Vancouver-Hillsboro, OR-WA',
      kind: 'metro',
      state: 'OR',
      via: 'principal city of Portland-Vancouver-Hillsboro, OR-WA',
    },
    {
      label: 'Portland, ME',
      areaCode: '38860',
      areaName: 'Portland-South Portland, ME',
      kind: 'metro',
      state: 'ME',
      via: 'principal city of Portland-South Portland, ME',
    },
  ],
}

export const SEATTLE_SEARCH: LocationSearchResult = {
  query: 'Seattle',
  ambiguous: false,
  matches: [
    {
      label: 'Seattle, WA',
      areaCode: '42660',
      areaName: 'Seattle-Tacoma-Bellevue, WA',
      kind: 'metro',
      state: 'WA',
      via: 'principal city of Seattle-Tacoma-Bellevue, WA',
    },
  ],
}
