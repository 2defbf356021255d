import { describe, expect, it } from 'vitest'
import type { InsightsResult } from '../../../../shared/types'
import {
  BACKEND_ARCHITECT_SEATTLE,
  BACKEND_ARCHITECT_US,
  DATABASE_ARCHITECTS_US,
  REGISTERED_NURSE_CLEVELAND,
  SOFTWARE_DEVELOPER_SEATTLE,
} from '../../../../../test/fixtures/replies'
import {
  bandPick,
  canAdjustForCostOfLiving,
  careerSteps,
  citySeries,
  experienceSeries,
  factorRows,
  isMeasured,
  PAY_NOT_KNOWN,
  placeDifference,
  relatedGroups,
} from './insightsSeries'

const noNaN = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/NaN|Infinity|null,null/)

describe('pay by experience', () => {
  it('gives the four bands with their medians, and highlights the picked one', () => {
    const series = experienceSeries(BACKEND_ARCHITECT_US, '6-10')
    expect(series.bars.map((bar) => [bar.label, bar.value, bar.selected])).toEqual([
      ['0-2 years', '$90,000', false],
      ['3-5 years', '$120,000', false],
      ['6-10 years', '$150,000', true],
      ['More than 10 years', '$180,000', false],
    ])
    expect(series.bars[0]?.badge.text).toBe('2025 salary survey (reported)')
    expect(series.axis.domain[0]).toBe(0)
    expect(series.axis.domain[1]).toBeGreaterThanOrEqual(180000)
    expect(series.drawable).toBe(true)
    noNaN(series)
  })

  it('draws no bar and says "No data" for a band without a figure', () => {
    const result: InsightsResult = {
      ...REGISTERED_NURSE_CLEVELAND,
      byExperience: [
        { band: '0-2', median: null, level: 1, status: 'no-data', sourceId: null },
        { band: '3-5', median: 82035, level: 2, status: 'modelled', sourceId: 'dol-oflc' },
      ],
    }
    const series = experienceSeries(result, null)
    expect(series.bars[0]).toMatchObject({ median: null, value: 'No data', source: null })
    expect(series.bars[1]).toMatchObject({ median: 82035, value: '$82,035' })
    const none = experienceSeries({ ...result, byExperience: [] }, null)
    expect(none.drawable).toBe(false)
    noNaN(none)
  })

  it('reports the picked band for the what-if', () => {
    expect(bandPick(SOFTWARE_DEVELOPER_SEATTLE, '10+')).toMatchObject({
      label: 'More than 10 years',
      value: '$212,202',
    })
    expect(bandPick(SOFTWARE_DEVELOPER_SEATTLE, null)).toBeNull()
  })
})

describe('pay by city', () => {
  it('sorts cities high to low and keeps ranges as ranges', () => {
    const series = citySeries(BACKEND_ARCHITECT_US)
    expect(series.bars.map((bar) => [bar.name, bar.value, bar.kind])).toEqual([
      ['San Francisco', '$150,000', 'median'],
      ['New York', '$140,000', 'median'],
      ['Seattle', '$135,000', 'median'],
      ['Boston', '$120,000–$130,000', 'range'],
      ['Los Angeles', '$120,000–$130,000', 'range'],
      ['Washington, DC', '$120,000–$130,000', 'range'],
      ['Dallas', '$105,000–$115,000', 'range'],
      ['Chicago', '$105,000–$115,000', 'range'],
      ['Atlanta', '$105,000–$115,000', 'range'],
    ])
    expect(series.bars[0]?.span).toEqual([0, 150000])
    expect(series.bars[3]?.span).toEqual([120000, 130000])
    expect(series.hasRanges).toBe(true)
    expect(series.userPlace).toBeNull()
    noNaN(series)
  })

  it('marks the user’s place', () => {
    const series = citySeries(SOFTWARE_DEVELOPER_SEATTLE)
    expect(series.userPlace).toBe('Seattle')
    expect(series.bars.filter((bar) => bar.isUserPlace).map((bar) => bar.name)).toEqual(['Seattle'])
    expect(series.bars[0]?.name).toBe('San Jose')
    const medians = series.bars.map((bar) => bar.span?.[1] ?? 0)
    expect(medians).toEqual([...medians].sort((a, b) => b - a))
    expect(citySeries(REGISTERED_NURSE_CLEVELAND).userPlace).toBe('Cleveland, OH')
  })

  it('puts cities without a figure last, as "No data"', () => {
    const result: InsightsResult = {
      ...BACKEND_ARCHITECT_US,
      byCity: [
        {
          area: null,
          name: 'Nowhere',
          median: null,
          low: null,
          high: null,
          isUserPlace: false,
          status: 'no-data',
          sourceId: null,
        },
        ...BACKEND_ARCHITECT_US.byCity.slice(0, 1),
      ],
    }
    const series = citySeries(result)
    expect(series.bars.map((bar) => [bar.name, bar.value, bar.span])).toEqual([
      ['San Francisco', '$150,000', [0, 150000]],
      ['Nowhere', 'No data', null],
    ])
    noNaN(series.axis)
  })
})

describe('career path, factors and related titles', () => {
  it('gives each step its years and pay, or "pay not known"', () => {
    expect(careerSteps(BACKEND_ARCHITECT_US).map((step) => [step.title, step.years, step.pay])).toEqual([
      ['Software Engineer', '0-2 years', '$90,000'],
      ['Senior Software Engineer', '3-5 years', '$120,000'],
      ['Lead Software Engineer', '5-8 years', PAY_NOT_KNOWN],
      ['Principal Architect', '8+ years', PAY_NOT_KNOWN],
    ])
    expect(careerSteps(BACKEND_ARCHITECT_US)[2]?.badge).toBeNull()
  })

  it('keeps measured effects as the backend says them and marks the rest not measured', () => {
    const rows = factorRows(BACKEND_ARCHITECT_US)
    expect(rows.map((row) => [row.name, row.measured])).toEqual([
      ['Experience', true],
      ['Location', true],
      ['Skills', false],
      ['Education', false],
      ['Company size', false],
    ])
    expect(rows[0]?.effect).toBe(BACKEND_ARCHITECT_US.factors[0]?.effect)
    expect(rows[0]?.span).toBe('$90,000 to $180,000')
    expect(rows[3]?.effect).toBe('OEWS reports pay by occupation, not by degree.')
    expect(rows[3]?.span).toBeNull()
    expect(isMeasured(BACKEND_ARCHITECT_US, 'location')).toBe(true)
    expect(isMeasured(BACKEND_ARCHITECT_US, 'skills')).toBe(false)
  })

  it('splits related occupations (asked for by SOC) from other titles (matched by Worth)', () => {
    const { occupations, titles } = relatedGroups(BACKEND_ARCHITECT_US)
    expect(occupations[0]).toMatchObject({
      title: 'Database Architects',
      soc: '15-1243',
      median: 'median $135,980',
    })
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((item) => item.soc === null)).toBe(true)
  })
})

describe('compare another place', () => {
  it('gives the difference in the medians the backend reports for both places', () => {
    const difference = placeDifference(BACKEND_ARCHITECT_US, BACKEND_ARCHITECT_SEATTLE)
    expect(difference.problem).toBeNull()
    expect(difference.lines).toEqual([
      'Median base pay for Software Developers: $133,080 in the United States, $178,317 in Seattle-Tacoma-Bellevue, WA — $45,237 (34%) more in Seattle-Tacoma-Bellevue, WA.',
      'Median total pay: $93,599 in the United States, $125,415 in Seattle-Tacoma-Bellevue, WA — $31,816 (34%) more in Seattle-Tacoma-Bellevue, WA.',
    ])
  })

  it('does not compare two different occupations', () => {
    const difference = placeDifference(BACKEND_ARCHITECT_US, DATABASE_ARCHITECTS_US)
    expect(difference.lines).toEqual([])
    expect(difference.problem).toMatch(/different occupation/)
  })
})

describe('pay by city adjusted for cost of living', () => {
  it('divides each figure by its price parity and drops cities without one', () => {
    const withRpp: InsightsResult = {
      ...BACKEND_ARCHITECT_US,
      byCity: BACKEND_ARCHITECT_US.byCity.map((c) => ({
        ...c,
        rpp: c.name === 'San Francisco' ? 118.23 : c.name === 'Dallas' ? 101.2 : null,
      })),
    }
    const withoutRpp: InsightsResult = {
      ...BACKEND_ARCHITECT_US,
      byCity: BACKEND_ARCHITECT_US.byCity.map((c) => ({ ...c, rpp: null })),
    }
    expect(canAdjustForCostOfLiving(withoutRpp)).toBe(false)
    expect(canAdjustForCostOfLiving(withRpp)).toBe(true)
    const series = citySeries(withRpp, true)
    // $150,000 x 100 / 118.23 = $126,871; Dallas $105,000-$115,000 / 1.012 = $103,755-$113,636.
    expect(series.bars[0]).toMatchObject({ name: 'San Francisco', value: '$126,871' })
    expect(series.bars[1]).toMatchObject({ name: 'Dallas', value: '$103,755–$113,636' })
    expect(series.bars.slice(2).every((b) => b.kind === 'none')).toBe(true)
  })
})
