import { describe, expect, it } from 'vitest'
import { SEATTLE_COUNTER_NEGOTIATION } from '../../../../../test/fixtures/replies'
import {
  askSourceText,
  briefFileName,
  citationsOf,
  formatBriefDate,
  percentileText,
  percentText,
  signedMoney,
  sourceLines,
  targetText,
  tipCitations,
  topTips,
  walkawayText,
} from './negotiateFigures'

describe('negotiate figures', () => {
  it.each([
    [signedMoney, 46450, '+$46,450'],
    [signedMoney, -2000.4, '−$2,000'],
    [signedMoney, 0.2, '$0'],
    [signedMoney, Number.NaN, '—'],
    [percentText, 31, '31.0%'],
    [percentText, null, '—'],
    [percentileText, 75, 'the 75th percentile'],
    [percentileText, 0.4, 'below the 1st percentile'],
    [percentileText, 99.7, 'above the 99th percentile'],
    [percentileText, Number.POSITIVE_INFINITY, 'an unknown percentile'],
  ] as [(value: number | null) => string, number | null, string][])(
    'words changes, percents and percentiles without ever printing NaN: %o(%s) is "%s"',
    (words, value, text) => {
      expect(words(value)).toBe(text)
    },
  )

  it('says what the target was and where the ask came from', () => {
    const result = SEATTLE_COUNTER_NEGOTIATION
    expect(targetText(result.target)).toBe('the 75th percentile')
    expect(
      targetText({ kind: 'takeHome', value: 140000, percentile: 81, wage: 190000, explicit: true }),
    ).toBe('$140,000 take-home in the first year')
    expect(askSourceText(result)).toBe('worked out from the 75th percentile of the local market')
    expect(askSourceText({ ...result, ask: { ...result.ask, from: 'user' } })).toBe('the ask you typed')
  })

  it('looks up each tip’s citations and keeps unknown ones as written', () => {
    const tip = { id: 'x', text: 'Ask', cites: ['Galinsky & Mussweiler 2001', 'Someone 1999'] }
    expect(tipCitations(tip, SEATTLE_COUNTER_NEGOTIATION.citations)).toEqual([
      SEATTLE_COUNTER_NEGOTIATION.citations[1],
      'Someone 1999',
    ])
  })

  it('puts tips resting on research first in the brief, and lists only their citations', () => {
    const { tips, citations } = SEATTLE_COUNTER_NEGOTIATION
    const top = topTips(tips)
    // The backend lists two tips of its own first (the gap to the median, the walk-away); the brief leads with research.
    expect(tips.slice(0, 2).map((tip) => tip.cites)).toEqual([[], []])
    expect(top.map((tip) => tip.id)).toEqual(['precise-number', 'anchor-first', 'bolstering-range'])
    expect(citationsOf(top.slice(0, 2), citations).map((c) => c.id)).toEqual(['mason2013', 'galinsky2001'])
  })

  it('puts the tip about a competing offer first in the brief when the user gave one', () => {
    const { tips } = SEATTLE_COUNTER_NEGOTIATION
    const competing = {
      id: 'competing-offer-lower',
      text: 'Say only that you are weighing another offer.',
      cites: [],
    }
    expect(topTips([...tips, competing]).map((tip) => tip.id)).toEqual([
      'competing-offer-lower',
      'precise-number',
      'anchor-first',
    ])
  })

  it('names each market source with its release', () => {
    expect(sourceLines(SEATTLE_COUNTER_NEGOTIATION.estimate)).toEqual([
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates (May 2024)',
      'U.S. Department of Labor, Office of Foreign Labor Certification, Prevailing wage levels I-IV, OEWS all industries (built by BLS from OEWS May 2024) (Wage year July 2025 - June 2026)',
      'National Center for O*NET Development, for USDOL/ETA, O*NET 30.0 Alternate Titles; O*NET 27.0 Sample of Reported Titles and Occupation Data (O*NET 30.0 (2025) and 27.0 (2022))',
      'U.S. Census Bureau (OMB Bulletin 23-01), Core-based statistical area delineations and principal cities (July 2023)',
    ])
  })

  it('dates the brief and names its file without characters a file system refuses', () => {
    const date = new Date(2026, 10, 28, 9, 30)
    expect(formatBriefDate(date)).toBe('November 28, 2026')
    const result = SEATTLE_COUNTER_NEGOTIATION
    expect(briefFileName(result, date)).toBe(
      'Worth brief - Software Developers - Seattle-Tacoma-Bellevue, WA - 2026-11-28.pdf',
    )
    const odd = {
      ...result,
      estimate: { ...result.estimate, area: { ...result.estimate.area, name: 'A/B: "C"\u0007' } },
    }
    const name = briefFileName(odd, date)
    expect(name).not.toMatch(/[\\/:*?"<>|]/)
    expect([...name].every((char) => char >= ' ')).toBe(true)
    expect(name.length).toBeLessThanOrEqual(120)
  })

  it('words the walk-away point and the alternative', () => {
    const result = SEATTLE_COUNTER_NEGOTIATION
    expect(walkawayText(result)).toBe('Walk away below $200,000 total a year.')
    expect(walkawayText({ ...result, walkaway: null, alternative: 215000 })).toBe(
      'No walk-away point set: decide the lowest total a year you would accept before you talk. Best alternative offer: $215,000 total a year.',
    )
  })
})
