import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from './args'
import { roleFlags, runWorth } from './runForTests'

const run = runWorth

describe('worth estimate', () => {
  it('says how sure the title match is, and warns on a weak one, as My offer does', () => {
    const sure = run(['estimate', ...roleFlags('Software Engineer', 'Seattle, WA', '150000')])
    expect(sure.out).toMatch(/via "Software Engineer" \(sure: high\)/)
    expect(sure.out).not.toContain('not sure this is your occupation')
    // "Backend Architect" was filed by nobody: Worth matches it word by word, a weak match.
    const weak = run(['estimate', ...roleFlags('Backend Architect', 'Seattle, WA', '150000')])
    expect(weak.out).toContain('(sure: low)')
    expect(weak.out).toContain('Worth is not sure this is your occupation')
    const json = JSON.parse(
      run(['estimate', ...roleFlags('Backend Architect', 'Seattle, WA', '150000'), '--json']).out,
    )
    expect(json.role.confidence).toBe('low')
    // "tostring" is no job title, only two edits from "testing": refused, with the closest real titles offered.
    const madeUp = run(['estimate', '--title', 'tostring', '--location', 'Seattle, WA', '--base', '150000'])
    expect(madeUp.code).toBe(2)
    expect(madeUp.err.join('\n')).toContain(
      '"tostring" is not a job title Worth knows. Closest real titles: Testing',
    )
  })

  it('prints the JSON object the issue specifies, with real figures', () => {
    const r = run(['estimate', ...roleFlags('Software Developers', 'United States', '133080'), '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.role).toMatchObject({
      title: 'Software Developers',
      soc: '15-1252',
      matchedFrom: 'Software Developers',
    })
    expect(json.area).toMatchObject({ code: 'US', name: 'United States' })
    // BLS OEWS May 2024, Software Developers, national: P10 to P90.
    const { scope, p10, p25, p50, p75, p90 } = json.market
    expect([scope, p10, p25, p50, p75, p90]).toEqual(['national', 79850, 103050, 133080, 169000, 211450])
    expect(json.offer).toMatchObject({ base: 133080, total: 133080 })
    expect(json.percentile.base).toBe(50)
    expect(json.sources.map((s: { id: string }) => s.id)).toContain('bls-oews')
  })

  it('resolves everyday titles and cities to area figures', () => {
    const r = run([
      'estimate',
      '--title',
      'SRE',
      '--location',
      'Bellevue, WA',
      '--years',
      '5',
      '--base',
      '150k',
      '--bonus',
      '15,000',
      '--stock',
      '40000',
      '--signon',
      '20000',
      '--json',
    ])
    const json = JSON.parse(r.out)
    expect(json.role.soc).toBe('15-1252')
    expect(json.area).toMatchObject({ code: '42660', name: 'Seattle-Tacoma-Bellevue, WA' })
    expect(json.market.scope).toBe('area')
    expect(json.offer).toMatchObject({
      base: 150000,
      bonus: 15000,
      stock: 40000,
      signon: 20000,
      total: 210000,
    })
    expect(json.percentile.base).toBeGreaterThan(30)
    expect(json.percentile.base).toBeLessThan(40)
    expect(json.experience.level).toBe(2)
  })

  it('prints a short readable answer without --json', () => {
    const r = run(['estimate', ...roleFlags('Registered Nurse', 'Cleveland, OH', '85000')])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /^Your base of \$85,000 is at the \d+(st|nd|rd|th) percentile for Registered Nurses in Cleveland, OH\./,
    )
    expect(r.out).toContain('Sources: U.S. Bureau of Labor Statistics')
  })

  it.each([
    [['--location', 'Seattle, WA', '--base', '100k'], '--title'],
    [['--title', 'Nurse', '--base', '100k'], '--location'],
    [['--title', 'Nurse', '--location', 'Seattle, WA'], '--base'],
    [['--title', 'Nurse', '--location', 'Seattle, WA', '--base', 'abc'], '--base'],
    [['--title', 'Nurse', '--location', 'Seattle, WA', '--base', '-5'], '--base'],
    [['--title', 'Nurse', '--location', 'Seattle, WA', '--base', '0'], '--base'],
    [['--title', 'Nurse', '--location', 'Seattle, WA', '--base', '10000001'], '--base'],
    [['--title', 'Nurse', '--location', 'Seattle, WA', '--base', '100k', '--bonus', 'lots'], '--bonus'],
    [['--title', 'Nurse', '--location', 'Seattle, WA', '--base', '100k', '--years', 'ten'], '--years'],
    [['--title', 'xyzzy', '--location', 'Seattle, WA', '--base', '100k'], '--title'],
    [['--title', 'Nurse', '--location', 'Atlantis', '--base', '100k'], '--location'],
    [['--title', 'Nurse', '--location', 'Austin', '--base', '100k'], '--location'],
  ])('exits 2 with one line naming the field: %j', (args, flag) => {
    const r = run(['estimate', ...args])
    expect(r.code).toBe(2)
    expect(r.err).toHaveLength(1)
    expect(r.err[0]).toMatch(new RegExp(`^worth: ${flag}: `))
    expect(r.out).toBe('')
  })

  it('lists the closest matches for an unknown place', () => {
    const r = run(['estimate', '--title', 'Nurse', '--location', 'Atlantis', '--base', '100k'])
    expect(r.err[0]).toContain('Closest: Atlanta, GA')
  })

  it('reads arguments strictly', () => {
    expect(parseArgs(['estimate', '--base=5', '--json'])).toMatchObject({
      command: 'estimate',
      options: new Map([['base', '5']]),
    })
    expect(() => parseArgs(['estimate', '--frobnicate'])).toThrow(UsageError)
    expect(() => parseArgs(['estimate', '--base'])).toThrow(/needs a value/)
    expect(run(['estimate', '--nope']).code).toBe(2)
    expect(run(['frob']).code).toBe(2)
    expect(run(['--help']).code).toBe(0)
  })
})

describe('the real command', () => {
  const root = resolve(__dirname, '../..')
  it('runs through npm with exit codes and streams as documented', () => {
    const worth = ['run', '--silent', 'worth', '--', 'estimate', ...roleFlags('Truck Driver', 'Austin, TX')]
    const json = execFileSync('npm', [...worth, '--base', '60000', '--json'], { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(json).role.soc).toBe('53-3032')
    const bad = spawnSync('npm', [...worth, '--base', 'abc'], { cwd: root, encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim().split('\n')).toEqual([
      'worth: --base: must be a number of US dollars, e.g. 150000, 150k or 45/hr.',
    ])
  }, 60_000)
})

describe('worth insights', () => {
  it('prints the JSON the issue specifies for the survey role', () => {
    const r = run(['insights', '--title', 'Backend Architect', '--location', 'United States', '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.role).toMatchObject({ title: 'Backend Architect', soc: '15-1252', profile: 'survey' })
    expect(json.area).toMatchObject({ code: 'US', name: 'United States' })
    expect(json.totalPay).toEqual({ p10: 60008, p25: null, p50: 93599, p75: null, p90: 139901 })
    expect(json.base).toMatchObject({ low: 60000, high: 140000, average: 99955 })
    expect(json.bonus).toMatchObject({ low: 17000, high: 23000 })
    expect(json.stock).toMatchObject({ low: 22000, high: 43000 })
    expect(json.additionalPay).toBe(25875)
    expect(json.byExperience[0]).toMatchObject({ band: '0-2', median: 90000 })
    expect(json.byCity[0]).toMatchObject({ name: 'San Francisco', median: 150000 })
    expect(json.careerPath[3]).toMatchObject({ title: 'Principal Architect', years: '8+' })
    expect(json.notes.length).toBeGreaterThan(1)
    expect(json.sources.length).toBeGreaterThan(1)
  })

  it('gives nulls, not zeros, for unknown figures of an OEWS role', () => {
    const json = JSON.parse(
      run(['insights', '--title', 'Registered Nurse', '--location', 'Cleveland, OH', '--json']).out,
    )
    expect(json.role).toMatchObject({ soc: '29-1141', profile: 'oews' })
    expect(json.area).toMatchObject({ code: '17410' })
    expect(json.totalPay.p50).toBeNull()
    expect(json.bonus.low).toBeNull()
    expect(json.additionalPay).toBeNull()
    expect(json.relatedTitles.length).toBeGreaterThan(3)
  })

  it('lists related occupations apart from other titles of the same occupation, as the app does', () => {
    const lines = run(['insights', '--title', 'Registered Nurse', '--location', 'Seattle, WA']).out.split(
      '\n',
    )
    const related = lines.find((l) => l.startsWith('Related occupations: '))
    const titles = lines.find((l) => l.startsWith('Other titles for Registered Nurses: '))
    // O*NET: Nurse Practitioners (29-1171) is a neighbouring occupation; "Charge Nurse" is a title of 29-1141 itself.
    expect(related).toContain('Nurse Practitioners')
    expect(related).not.toContain('Charge Nurse')
    expect(titles).toContain('Charge Nurse')
  })

  it('refuses bad input with exit 2 and a message naming the field', () => {
    expect(run(['insights', '--location', 'Ohio']).err[0]).toMatch(/^worth: --title: /)
    const unknown = run(['insights', '--title', 'Nurse', '--location', 'Atlantis'])
    expect(unknown.code).toBe(2)
    expect(unknown.err[0]).toMatch(/^worth: --location: /)
  })
})

describe('worth tax through npm', () => {
  it('is wired into the real command', () => {
    const root = resolve(__dirname, '../..')
    const tax = execFileSync(
      'npm',
      ['run', '--silent', 'worth', '--', 'tax', '--income', '150000', '--location', 'Seattle, WA', '--json'],
      { cwd: root, encoding: 'utf8' },
    )
    // Federal 2025 single on $150,000: taxable 134,250 -> 1,192.50 + 4,386 + 12,072.50 + 7,416 = 25,067; WA has no income tax.
    expect(JSON.parse(tax)).toMatchObject({
      state: 'WA',
      federal: 25067,
      stateIncome: 0,
      socialSecurity: 9300,
      medicare: 2175,
    })
  }, 60_000)
})

describe('worth compare', () => {
  const fixture = resolve(__dirname, '../../test/fixtures/three-offers.json')

  it('values a startup’s options per exit scenario beside a public company’s RSUs, refreshers and ESPP', () => {
    const file = resolve(__dirname, '../../test/fixtures/startup-vs-public.json')
    const r = run(['compare', '--offers', file, '--k401', '10000', '--exit-chance', '25', '--json'])
    expect(r.code).toBe(0)
    const [startup, bigCo] = JSON.parse(r.out).offers
    // 10,000 options vest a year; spread x shares per scenario, pre-tax.
    expect(startup.years[0].equityByScenario).toEqual({ '409A': 3000, Preferred: 48000, Acquired: 188000 })
    // ISO sold the year bought: 24% federal income tax on the 48,000 (Texas has none).
    expect(startup.years[0].equityAfterTaxByScenario.Preferred).toBe(36480)
    expect(startup.options.scenarios[1]).toMatchObject({ preTax: 192000, afterTax: 145920, expected: 36480 })
    expect(startup.matchVesting).toMatch(/before 3 years.*\$13,500/)
    expect(bigCo.years.map((y: { refresh: number }) => y.refresh)).toEqual([0, 10000, 20000, 30000])
    expect(bigCo.years[0].espp).toEqual({ contributions: 18500, gain: 3264.71, limited: false })
    expect(bigCo.years[0]).not.toHaveProperty('equityByScenario')
    const text = run(['compare', '--offers', file, '--exit-chance', '25'])
    expect(text.out).toContain(
      "Startup options (40,000 ISOs at a $1.20 strike), 4 years' vesting by exit price: 409A ($1.50 a share) $12,000 before tax",
    )
    expect(run(['compare', '--offers', file, '--exit-chance', '120']).err[0]).toBe(
      'worth: --exit-chance: must be a percent from 0 to 100, e.g. --exit-chance 20.',
    )
  })

  it('compares an exported offers file per offer and year', () => {
    const r = run(['compare', '--offers', fixture, '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.offers.map((o: { label: string }) => o.label)).toEqual(['Seattle', 'San Francisco', 'Austin'])
    const sea = json.offers[0]
    expect(sea.years).toHaveLength(4)
    // Year 1: 185,000 base + 18,500 bonus (10%) + 50,000 stock (12-month cliff: 25%) + 30,000 sign-on.
    expect(sea.years[0]).toMatchObject({ gross: 283500, wages: 283500, stateIncome: 0 })
    expect(sea.years[0].takeHome).toBeCloseTo(sea.years[0].gross - sea.years[0].totalTax, 2)
    expect(sea.col.rpp).toBe(112.99)
    expect(sea.years[0].col.adjustedTakeHome).toBeCloseTo((sea.years[0].takeHome * 100) / 112.99, 1)
    expect(sea.percentile.base).toBeGreaterThan(0)
    // Seattle's Software Developers Level II is $149,240 and Level III $180,710: a $185,000 base meets Level III.
    expect(sea.prevailingWage).toMatchObject({ level: 'III', levels: { III: 180_710 } })
    expect(json.ranking.grossYear1[0].id).toBe('sf')
    expect(Object.keys(json.ranking)).toContain('adjustedAverage')
  })

  it('compares only the offers named by --pick, in that order, by label (any case) or id', () => {
    const r = run(['compare', '--offers', fixture, '--pick', 'austin, sf', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).offers.map((o: { label: string }) => o.label)).toEqual([
      'Austin',
      'San Francisco',
    ])
    const unknown = run(['compare', '--offers', fixture, '--pick', 'Boston,Austin'])
    expect(unknown.code).toBe(2)
    expect(unknown.err[0]).toBe(
      'worth: --pick: no offer is labelled "Boston"; the file has "Seattle", "San Francisco", "Austin".',
    )
    expect(run(['compare', '--offers', fixture, '--pick', 'Austin']).err[0]).toBe(
      'worth: --pick: a comparison takes 2 to 6 offers; 1 picked.',
    )
  })

  it('asks for --pick when an export holds more offers than a comparison takes', () => {
    const file = JSON.parse(readFileSync(fixture, 'utf8')) as { offers: { id: string; label: string }[] }
    const many = [0, 1, 2].flatMap((round) =>
      file.offers.map((offer) => ({
        ...offer,
        id: `${offer.id}-${round}`,
        label: `${offer.label} ${round}`,
      })),
    )
    const path = join(mkdtempSync(join(tmpdir(), 'worth-compare-')), 'nine.json')
    writeFileSync(path, JSON.stringify({ ...file, offers: many }))
    expect(run(['compare', '--offers', path]).err[0]).toBe(
      'worth: --offers: the file has 9 offers; a comparison takes 2 to 6: choose them with --pick "Label 1,Label 2".',
    )
    expect(run(['compare', '--offers', path, '--pick', 'Seattle 2,Austin 0']).code).toBe(0)
  })

  it('refuses a bad file or flag with exit 2, naming it', () => {
    expect(run(['compare']).err[0]).toMatch(/^worth: --offers: missing/)
    expect(run(['compare', '--offers', '/nonexistent/offers.json']).err[0]).toMatch(
      /^worth: --offers: cannot read/,
    )
    expect(run(['compare', '--offers', fixture, '--filing', 'married']).err[0]).toMatch(/^worth: --filing: /)
    expect(run(['compare', '--offers', resolve(__dirname, '../../package.json')]).err[0]).toMatch(
      /not a Worth offers export/,
    )
  })

  it('says "Nothing was compared" for a file it refuses, not the app\'s import wording', () => {
    const dir = mkdtempSync(join(tmpdir(), 'worth-compare-'))
    const file = join(dir, 'offers.json')
    const data = JSON.parse(readFileSync(fixture, 'utf8'))
    data.offers[2].equity.schedule = { kind: 'custom', percents: [10, 10, 10] }
    writeFileSync(file, JSON.stringify(data))
    const r = run(['compare', '--offers', file])
    rmSync(dir, { recursive: true, force: true })
    expect(r.code).toBe(2)
    expect(r.err[0]).toMatch(
      /^worth: --offers: Offer 3 \(Austin\): equity\.schedule\.percents must be 4 yearly/,
    )
    expect(r.err[0]).toMatch(/Nothing was compared\.$/)
    expect(r.err[0]).not.toContain('imported')
  })

  it('ends every text line with a period', () => {
    const r = run(['compare', '--offers', fixture])
    expect(r.code).toBe(0)
    for (const line of r.out.split('\n')) expect(line).toMatch(/\.$/)
  })
})

describe('worth compare and worth equivalent with a work place', () => {
  it('reads workLocation from the offers file and taxes the work city (Detroit 1.2% for nonresidents)', () => {
    const file = JSON.parse(readFileSync(resolve(__dirname, '../../test/fixtures/three-offers.json'), 'utf8'))
    const austin = file.offers.find((o: { id: string }) => o.id === 'austin')
    const home = { ...austin, id: 'dearborn', label: 'Dearborn', location: 'Dearborn, MI', raisePercent: 0 }
    const work = { ...home, id: 'detroit-office', label: 'Detroit office', workLocation: 'Detroit, MI' }
    const dir = mkdtempSync(join(tmpdir(), 'worth-compare-'))
    const path = join(dir, 'work.json')
    writeFileSync(path, JSON.stringify({ ...file, offers: [home, work] }))
    const r = run(['compare', '--offers', path, '--json'])
    expect(r.code).toBe(0)
    const [a, b] = JSON.parse(r.out).offers
    expect(a.workLocation).toBeUndefined()
    expect(b).toMatchObject({ workLocation: 'Detroit, MI', workLocality: 'mi-detroit' })
    // Same wages; working in Detroit adds (wages - 600) x 1.2% of city tax and nothing else.
    expect(a.years[0].local).toBe(0)
    expect(b.years[0].local).toBe(Math.round((b.years[0].wages - 600) * 1.2) / 100)
    expect(b.years[0].takeHome).toBeCloseTo(a.years[0].takeHome - b.years[0].local, 2)
    expect(run(['compare', '--offers', path]).out).toContain(
      'Detroit office (Dearborn, MI, working in Detroit, MI)',
    )
    rmSync(dir, { recursive: true, force: true })
  })

  it('equivalent --to-work: a job in Philadelphia needs more than 3.435% more pay; the same place is said once', () => {
    const args = [
      'equivalent',
      '--wages',
      '100000',
      '--from',
      'King of Prussia, PA',
      '--to',
      'King of Prussia, PA',
    ]
    const same = run(args)
    expect(same.out).toContain('Take-home after cost of living in King of Prussia, PA (RPP ')
    const r = JSON.parse(run([...args, '--to-work', 'Philadelphia, PA', '--json']).out)
    expect(r.wages).toBeGreaterThan(103_435)
    expect(run([...args, '--to-work', 'Austin, TX']).err[0]).toMatch(/^worth: --to-work: To work location/)
  })
})

describe('worth equivalent', () => {
  it('says what a salary in one place is worth in another, from the real dataset', () => {
    const r = run(['equivalent', '--wages', '150000', '--from', 'Austin, TX', '--to', 'Seattle, WA'])
    expect(r.code).toBe(0)
    expect(r.out.split('\n')[0]).toMatch(
      /^\$150,000 in Austin, TX is worth about \$1\d\d,\d00 in Seattle, WA after tax and cost of living\.$/,
    )
    const json = JSON.parse(
      run(['equivalent', '--wages', '150k', '--from', 'Austin, TX', '--to', 'Seattle, WA', '--json']).out,
    )
    expect(json).toMatchObject({
      fromPlace: 'Austin, TX',
      toPlace: 'Seattle, WA',
      fromRpp: 97.62,
      toRpp: 112.99,
    })
    expect(json.wages).toBeGreaterThan(150_000)
    expect(json.toAdjusted).toBeCloseTo(json.fromAdjusted, 0)
    const joint = JSON.parse(
      run([
        'equivalent',
        '--wages',
        '150000',
        '--from',
        'NY',
        '--to',
        'TX',
        '--filing',
        'joint',
        '--k401',
        '10000',
        '--year',
        '2026',
        '--json',
      ]).out,
    )
    expect(joint).toMatchObject({ fromPlace: 'New York', toPlace: 'Texas' })
    expect(joint.wages).toBeLessThan(150_000)
  })

  it('refuses bad input with exit 2, naming the flag', () => {
    const err = (args: string[]) => {
      const r = run(['equivalent', ...args])
      expect(r.code).toBe(2)
      return r.err[0]
    }
    const ok = ['--from', 'Austin, TX', '--to', 'Seattle, WA']
    expect(err(ok)).toMatch(/^worth: --wages: missing/)
    expect(err(['--wages', 'lots', ...ok])).toMatch(/^worth: --wages: .*number of US dollars/)
    expect(err(['--wages', '0', ...ok])).toMatch(/^worth: --wages: .*more than \$0/)
    expect(err(['--wages', '1e12', ...ok])).toMatch(/^worth: --wages: .*at most \$10,000,000/)
    expect(err(['--wages', '150000', '--to', 'Seattle, WA'])).toMatch(/^worth: --from: missing/)
    expect(err(['--wages', '150000', '--from', 'Austin, TX', '--to', 'Portland'])).toMatch(
      /^worth: --to: To location "Portland" could mean several places: Portland, OR .*; Portland, ME /,
    )
    expect(err(['--wages', '150000', ...ok, '--filing', 'married'])).toMatch(/^worth: --filing: /)
    expect(err(['--wages', '150000', ...ok, '--year', '2024'])).toMatch(/^worth: --year: /)
    expect(err(['--wages', '150000', ...ok, '--k401', '-5'])).toMatch(/^worth: --k401: /)
  })
})

describe('worth --help', () => {
  it('names the pay forms the money flags take', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('"45/hr"')
    expect(help.out).toContain('"15%"')
  })
})
