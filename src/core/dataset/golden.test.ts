// Golden figures: real values from the public sources, checked against the committed dataset.
import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'
import { readCompiledDataset, readRawDataset } from '../../node/datasetFromDisk'
import { indexDataset, openDataset, DatasetError } from './indexDataset'

const d = realDataset()

describe('committed dataset', () => {
  it('covers every BLS occupation and every OFLC area', () => {
    expect(d.occupations.length).toBe(860)
    expect(d.areas.length).toBe(530)
    expect(d.occupations.filter((o) => o.national).length).toBeGreaterThanOrEqual(855)
  })

  it('pins Software Developers, BLS OEWS May 2024 national (annual)', () => {
    const dev = d.occupationBySoc.get('15-1252')!
    expect(dev.title).toBe('Software Developers')
    expect(dev.national!.values).toEqual([79850, 103050, 133080, 169000, 211450])
    expect(dev.national!.status.every((s) => s === 'published')).toBe(true)
  })

  it('keeps BLS top-coded wages as top-coded, never as a number', () => {
    const ceo = d.occupationBySoc.get('11-1011')!
    expect(ceo.national!.values).toEqual([73710, 126080, 206420, null, null])
    expect(ceo.national!.status.slice(3)).toEqual(['top-coded', 'top-coded'])
    const topCodedP90 = d.occupations.filter(
      (o) => o.national?.soc === o.soc && o.national.status[4] === 'top-coded',
    )
    // 45 detailed occupations carry "#" at P90 in the May 2024 file (72 counting summary groups).
    expect(topCodedP90.length).toBe(45)
    expect(d.topCode.annual).toBe(239200)
  })

  it('derives annual figures from hourly ones where BLS publishes hourly only (actors)', () => {
    const actors = d.occupationBySoc.get('27-2011')!
    expect(actors.national!.status.every((s) => s === 'from-hourly')).toBe(true)
    expect(actors.national!.values.every((v) => v !== null && v > 20000)).toBe(true)
  })

  it('annualises OFLC hourly levels (x2080) and keeps annual-only occupations as stated', () => {
    // Software Developers, Seattle-Tacoma-Bellevue: $56.61/h ... = 117,749 / 149,240 / 180,710 / 212,202 a year.
    expect(d.areaLevels('15-1252', '42660')).toEqual([117749, 149240, 180710, 212202])
    expect(d.areaLevels('15-1252', '41940')).toEqual([149365, 187741, 226138, 264514])
    expect(d.occupationBySoc.get('15-1252')!.oflcUnit).toBe('hourly')
    // Elementary teachers and pilots are published as annual salaries: OFLC's figures are already annual.
    expect(d.occupationBySoc.get('25-2021')!.oflcUnit).toBe('annual')
    expect(d.areaLevels('25-2021', '10180')).toEqual([44810, 48697, 52583, 56470])
    expect(d.occupationBySoc.get('53-2011')!.oflcUnit).toBe('annual')
  })

  it('treats OFLC zeros as no figure', () => {
    expect(d.areaLevels('53-2011', '12060')).toBeNull() // pilots in Atlanta: OFLC prints zeros
  })

  it('takes national figures from the combined BLS code where BLS publishes no detailed one', () => {
    const buyers = d.occupationBySoc.get('13-1021')!
    expect(buyers.national!.soc).toBe('13-1020')
  })

  it('names every source with its release and licence', () => {
    expect(d.sources.map((s) => s.id)).toEqual([
      'bls-oews',
      'dol-oflc',
      'onet',
      'dol-lca',
      'bea-rpp',
      'census-cbsa',
      'census-population',
      'survey-backend-architect-2025',
    ])
    expect(d.sources.find((s) => s.id === 'bls-oews')!.release).toBe('May 2024')
    for (const s of d.sources) expect(s.licence.length).toBeGreaterThan(5)
  })

  it('refuses a damaged dataset with a message, not a crash later', () => {
    const raw = readRawDataset()
    raw.areaWages = { ...raw.areaWages, wages: { ...raw.areaWages.wages, '15-1252': [1, 2, 3] } }
    expect(() => indexDataset(raw)).toThrow(DatasetError)
    const wrongFormat = readRawDataset()
    wrongFormat.titles = { ...wrongFormat.titles, format: 99 }
    expect(() => indexDataset(wrongFormat)).toThrow(/format 99/)
  })

  it('refuses a title linked to an occupation the dataset does not have, wherever the link is', () => {
    const compiled = readCompiledDataset()
    const links = compiled.titles.compiled.linkOcc
    expect(() => openDataset(compiled)).not.toThrow()
    for (const at of [0, 8191, 8192, links.length - 1]) {
      const damaged = readCompiledDataset()
      // Each read of the dataset has columns of its own: damaged in place, as a bad byte in the file would be.
      damaged.titles.compiled.linkOcc[at] = damaged.occupations.occupations.length
      expect(() => openDataset(damaged), `link ${at}`).toThrow(/a title links to no occupation/)
    }
  })
})

describe('cost of living in the dataset', () => {
  it('pins BEA 2023 all-items RPPs for metros and states', () => {
    expect(d.priceParity('42660')).toMatchObject({ rpp: 112.99, scope: 'metro', year: 2023 })
    expect(d.priceParity('12420')).toMatchObject({ rpp: 97.62, scope: 'metro' })
    expect(d.priceParity('41860')).toMatchObject({ rpp: 118.23, scope: 'metro' })
    expect(d.priceParity('CA')).toMatchObject({ rpp: 112.581, scope: 'state' })
    expect(d.priceParity('TX')).toMatchObject({ rpp: 97.175, scope: 'state' })
    expect(d.priceParity('US')).toMatchObject({ rpp: 100, scope: 'national' })
    // Cleveland was recoded in 2023 (17460 -> 17410); its metro RPP still applies.
    expect(d.priceParity('17410')).toMatchObject({ scope: 'metro', from: '17460' })
    expect(d.priceParity('41980')).toBeNull() // San Juan: BEA publishes no RPP for Puerto Rico
  })
})
