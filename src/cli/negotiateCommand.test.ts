import { describe, expect, it } from 'vitest'
import { roleFlags, runWorth } from './runForTests'

const run = (args: string[]) => runWorth(['negotiate', ...args])
const seattle = roleFlags('Software Developer', 'Seattle', '150000')
/** A Software Engineer offered $175,000 in Seattle, with this many years of experience. */
const engineerInSeattle = (years: string, ...more: string[]) =>
  run([...roleFlags('Software Engineer', 'Seattle, WA', '175000'), '--years', years, ...more])

describe('worth negotiate', () => {
  it("prints Worth's default ask for the person's level, the stretch apart, and the prevailing-wage level", () => {
    const r = engineerInSeattle('5', '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.ask).toMatchObject({ base: 186_350, high: 195_700, from: 'level', raisePercent: 6.5 })
    expect(json.reference).toMatchObject({ kind: 'level', level: 2, wage: 149_240 })
    expect(json.target).toMatchObject({ kind: 'level', value: 85, explicit: false })
    expect(json.stretch).toMatchObject({ base: 212_250 })
    expect(json.otherTerms).toBeNull()
    expect(json.prevailingWage).toMatchObject({
      level: 'II',
      levels: { I: 117_749, II: 149_240, III: 180_710, IV: 212_202 },
      area: 'Seattle-Tacoma-Bellevue, WA',
      source: 'DOL OFLC prevailing wage levels, wage year July 2025 - June 2026',
    })
    const twelve = JSON.parse(engineerInSeattle('12', '--json').out)
    expect(twelve.ask.base).toBe(209_850)
    const text = engineerInSeattle('5')
    expect(text.out).toContain('Ask for a base of $186,350: $11,350 (6.5%) more than the offer')
    expect(text.out).toContain('Stretch: $212,250')
    expect(text.out).toContain('meets prevailing wage Level II')
  })

  it('prints the JSON the issue specifies, with real figures (a chosen --target honoured as it is)', () => {
    const r = run([...seattle, '--target', '75', '--json'])
    expect(r.code).toBe(0)
    expect(r.err).toEqual([])
    const json = JSON.parse(r.out)
    expect(json.ask).toMatchObject({
      base: 232_850,
      low: 207_750,
      high: 270_200,
      percentile: 75,
      from: 'market',
    })
    expect(json.ask.takeHome).toBeGreaterThan(json.current.takeHome)
    expect(json.current).toMatchObject({ base: 150_000, percentile: 33.9 })
    expect(json.market).toMatchObject({
      scope: 'area',
      areaName: 'Seattle-Tacoma-Bellevue, WA',
      p75: 232_870,
    })
    expect(json.tradeoffs.map((t: { kind: string }) => t.kind)).toEqual(['signon', 'equity', 'bonus'])
    expect(json.tips[0]).toEqual({ id: 'below-median', text: expect.stringContaining('$150,000'), cites: [] })
    expect(json.tips.find((t: { id: string }) => t.id === 'precise-number').cites).toEqual([
      'Mason, Lee, Wiley & Ames 2013',
    ])
    expect(json.warnings.map((w: { id: string }) => w.id)).toEqual(['ask-far-above-offer'])
    expect(json.citations).toHaveLength(7)
    expect(json.scripts).toHaveLength(6)
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['bls-oews', 'dol-oflc']),
    )
  })

  it('reads every option', () => {
    const r = run([
      ...seattle,
      '--bonus',
      '10k',
      '--stock',
      '20,000',
      '--signon',
      '$20000',
      '--years',
      '12',
      '--target',
      '60',
      '--alternative',
      '200000',
      '--walkaway',
      '185000',
      '--filing',
      'joint',
      '--remote',
      '--from',
      'Austin, TX',
      '--json',
    ])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.target).toMatchObject({ kind: 'percentile', value: 60 })
    expect(json.current.total).toBe(185_000)
    expect(json.walkaway).toBe(185_000)
    expect(json.alternative).toBe(200_000)
    const ids = json.tips.map((t: { id: string }) => t.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'remote',
        'move-dearer',
        'competing-offer-higher',
        'experience-above-pay',
        'walkaway-private',
      ]),
    )
    expect(ids).not.toContain('no-signon')
    expect(json.notes.join(' ')).toContain('married filing jointly')
  })

  it('takes a typed ask and a take-home target', () => {
    const ask = JSON.parse(run([...seattle, '--ask', '140000', '--json']).out)
    expect(ask.ask).toMatchObject({ base: 140_000, from: 'user' })
    expect(ask.warnings.map((w: { id: string }) => w.id)).toEqual(['ask-below-offer'])
    const takeHome = JSON.parse(run([...seattle, '--target-takehome', '150k', '--json']).out)
    expect(takeHome.target).toMatchObject({ kind: 'takeHome', value: 150_000 })
    expect(takeHome.ask.takeHome).toBeGreaterThanOrEqual(149_900)
  })

  it('prints a readable summary without --json', () => {
    const r = run([...seattle, '--target', '75'])
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      'Ask for a base of $232,850: $82,850 (55.2%) more than the offer, about $57,615 more take-home in the first year. It is your target, about the 75th percentile for Software Developers',
    )
    expect(r.out).toContain('Quote $232,850 to $270,200; below $207,750, turn to sign-on, equity or bonus.')
    expect(r.out).toContain('If base is capped:')
    expect(r.out).toContain('(Mason, Lee, Wiley & Ames 2013)')
    expect(r.out).toContain('Script (email, direct): Software Developer offer: base salary')
  })

  it.each([
    [['--location', 'Seattle, WA', '--base', '100k'], '--title'],
    [['--title', 'Nurse', '--base', '100k'], '--location'],
    [['--title', 'Nurse', '--location', 'Seattle, WA'], '--base'],
    [[...seattle, '--target', '0'], '--target'],
    [[...seattle, '--target', 'high'], '--target'],
    [[...seattle, '--target', '75', '--target-takehome', '100000'], '--target'],
    [[...seattle, '--target-takehome', '-1'], '--target-takehome'],
    [[...seattle, '--target-takehome', '20m'], '--target-takehome'],
    [[...seattle, '--ask', 'lots'], '--ask'],
    [[...seattle, '--ask', '0'], '--ask'],
    [[...seattle, '--alternative', '-3'], '--alternative'],
    [[...seattle, '--walkaway', 'x'], '--walkaway'],
    [[...seattle, '--filing', 'married'], '--filing'],
    [[...seattle, '--from', 'Atlantis'], '--from'],
    [[...seattle, '--from', 'Springfield'], '--from'],
    [[...seattle, '--years', '-2'], '--years'],
    [
      [
        '--title',
        'Software Developer',
        '--location',
        'United States',
        '--base',
        '100k',
        '--target-takehome',
        '1',
      ],
      '--target-takehome',
    ],
    [['--title', 'xyzzy', '--location', 'Seattle, WA', '--base', '100k'], '--title'],
  ])('exits 2 with one line naming the flag: %j', (args, flag) => {
    const r = run(args)
    expect(r.code).toBe(2)
    expect(r.err).toHaveLength(1)
    expect(r.err[0]).toMatch(new RegExp(`^worth: ${flag}: `))
    expect(r.out).toBe('')
  })
})
