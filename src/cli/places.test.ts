// Places as people write them, through the CLI: the same resolver for estimate, insights, tax, negotiate and compare.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWorth } from './runForTests'

const run = runWorth

const estimate = (location: string) =>
  run(['estimate', '--title', 'Software Developer', '--location', location, '--base', '150000', '--json'])

describe('worth estimate --location, everyday names', () => {
  it.each([
    ['NYC', '35620'],
    ['New York City', '35620'],
    ['Brooklyn, NY', '35620'],
    ['Bay Area', '41860'],
    ['Silicon Valley', '41940'],
    ['DC', '47900'],
    ['Twin Cities', '33460'],
    ['DFW', '19100'],
    ['Seatle', '42660'],
  ])('%s -> area %s, with a percentile', (location, code) => {
    const r = estimate(location)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.area.code).toBe(code)
    expect(json.market.scope).toBe('area')
    expect(json.percentile.base).toBeGreaterThan(0)
  })

  it('asks about "Austin" with Austin, TX first', () => {
    const r = estimate('Austin')
    expect(r.code).toBe(2)
    expect(r.err[0]).toMatch(
      /^worth: --location: Location "Austin" could mean several places: Austin, TX \(Austin-Round Rock-San Marcos, TX\); Austin, MN .* e\.g\. "Austin, TX"\.$/,
    )
  })

  it('explains "Remote" and offers the United States or the employer\'s city', () => {
    const r = estimate('Remote')
    expect(r.code).toBe(2)
    expect(r.err[0]).toMatch(/employer's market.*employer's city.*"United States"/)
  })
})

describe('worth tax --location, the same places', () => {
  const tax = (location: string) => run(['tax', '--income', '150000', '--location', location, '--json'])

  it.each([
    ['Brooklyn, NY', 'NY', true],
    ['NYC', 'NY', true],
    ['New York City', 'NY', true],
    ['DC', 'DC', false],
    ['Bay Area', 'CA', false],
    ['Philly', 'PA', true],
  ])('%s -> %s', (location, state, localTax) => {
    const r = tax(location)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.state).toBe(state)
    if (localTax) expect(json.local).toBeGreaterThan(0)
    else expect(json.local).toBe(0)
  })

  it('estimate and tax agree: what one accepts the other does too', () => {
    for (const location of ['New York City', 'Brooklyn, NY', 'DC', 'Silicon Valley', 'Austin, TX']) {
      expect(estimate(location).code).toBe(0)
      expect(tax(location).code).toBe(0)
    }
  })

  it('estimate and tax ask about an ambiguous place in the same words', () => {
    for (const location of ['Austin', 'Portland', 'Manhattan']) {
      const asked = estimate(location)
      const taxed = tax(location)
      expect(taxed.code).toBe(2)
      expect(taxed.err[0]).toMatch(
        new RegExp(`^worth: --location: Location "${location}" could mean several places: `),
      )
      expect(taxed.err[0]).toBe(asked.err[0])
    }
  })
})

describe('worth compare, saved offers in everyday places', () => {
  it('uses the metro (cost of living, percentile) and the city tax for "New York City", "DC" and "Bay Area"', () => {
    const file = JSON.parse(readFileSync(resolve(__dirname, '../../test/fixtures/three-offers.json'), 'utf8'))
    file.offers[0].location = 'New York City'
    file.offers[1].location = 'Bay Area'
    file.offers[2].location = 'DC'
    const dir = mkdtempSync(join(tmpdir(), 'worth-places-'))
    try {
      const path = join(dir, 'offers.json')
      writeFileSync(path, JSON.stringify(file))
      const r = run(['compare', '--offers', path, '--json'])
      expect(r.code).toBe(0)
      const [nyc, bay, dc] = JSON.parse(r.out).offers
      // BEA 2023 price parities of the metros, not of the states.
      expect(nyc).toMatchObject({ state: 'NY', locality: 'nyc', col: { scope: 'metro' } })
      expect(bay).toMatchObject({ state: 'CA', locality: null, col: { scope: 'metro' } })
      expect(dc).toMatchObject({ state: 'DC', locality: null, col: { scope: 'metro' } })
      for (const o of [nyc, bay, dc]) expect(o.percentile.base).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
