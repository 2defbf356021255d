// Places as people write them, through the CLI: the same resolver for estimate, insights, tax, negotiate and compare.
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../core/app/handlers'
import { realDataset } from '../core/testing/realDataset'
import { runCli } from './run'

const handlers = createHandlers(realDataset())

function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, () => handlers, {
    resolvePlace: () => (text) => realDataset().locations.resolve(text),
  })
  return { code, out: out.join('\n'), err }
}

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
})
