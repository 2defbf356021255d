// The CLI money flags read pay as people write it, with the same reader as the app's forms (src/shared/pay.ts).
import { describe, expect, it } from 'vitest'
import { runWorth } from './runForTests'

const run = runWorth
const estimate = (...extra: string[]) =>
  run(['estimate', '--title', 'Forklift Operator', '--location', 'United States', ...extra])

describe('CLI money flags', () => {
  it('reads an hourly base as 2,080 hours a year and says so', () => {
    const text = estimate('--base', '$22 an hour')
    expect(text.code).toBe(0)
    expect(text.out.split('\n')[0]).toBe('--base $22 an hour = $45,760 a year (22 × 2,080 hours)')
    const json = JSON.parse(estimate('--base', '22/hr', '--json').out)
    expect(json.offer.base).toBe(45760)
    expect(json.role.soc).toBe('53-7051')
    expect(JSON.parse(estimate('--base', '22 hourly', '--json').out).offer.base).toBe(45760)
  })

  it('reads --bonus 15% as 15% of the base', () => {
    const json = JSON.parse(estimate('--base', '50k', '--bonus', '15%', '--json').out)
    expect(json.offer).toMatchObject({ base: 50000, bonus: 7500 })
    const negotiate = run([
      ...['negotiate', '--title', 'Software Developer', '--location', 'Seattle, WA'],
      ...['--base', '$150K', '--bonus', '10%', '--json'],
    ])
    expect(negotiate.code).toBe(0)
    const reply = JSON.parse(negotiate.out)
    expect(JSON.stringify(reply)).toContain('15000')
  })

  it('asks about a yearly base that looks like a slip instead of answering', () => {
    const r = estimate('--base', '45')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toEqual([
      'worth: --base: $45 a year looks like a slip. Did you mean $45 an hour ($93,600 a year: type "45/hr") or $45,000 a year (type "45k")?',
    ])
    expect(run(['negotiate', '--title', 'Nurse', '--location', 'Ohio', '--base', '45']).err[0]).toMatch(
      /^worth: --base: .*looks like a slip/,
    )
  })

  it('refuses a percentage or an hourly figure where it makes no sense, naming the flag', () => {
    expect(estimate('--base', '15%').err[0]).toMatch(/^worth: --base: must be in US dollars/)
    expect(estimate('--base', '60k', '--stock', '20/hr').err[0]).toMatch(/^worth: --stock: is a yearly/)
    expect(estimate('--base', 'lots').err[0]).toMatch(/^worth: --base: must be a number/)
  })

  it('says when a title is not a job title Worth knows', () => {
    const r = run(['estimate', '--title', 'qwertyuiop', '--location', 'United States', '--base', '100k'])
    expect(r.code).toBe(2)
    expect(r.err[0]).toMatch(
      /^worth: --title: "qwertyuiop" is not a job title Worth knows\. Closest real titles: /,
    )
  })
})

describe('wages flags of tax and equivalent', () => {
  const runWith = runWorth

  it('reads worth tax --income 45/hr as $93,600 a year and says so', () => {
    const text = runWith(['tax', '--income', '45/hr', '--location', 'Texas'])
    expect(text.code).toBe(0)
    expect(text.out.split('\n')[0]).toBe('--income 45/hr = $93,600 a year (45 × 2,080 hours)')
    const json = JSON.parse(runWith(['tax', '--income', '$45 an hour', '--location', 'Texas', '--json']).out)
    expect(json.gross).toBe(93600)
  })

  it('reads worth equivalent --wages 45/hr the same way', () => {
    const hourly = JSON.parse(
      runWith(['equivalent', '--wages', '45/hr', '--from', 'Austin, TX', '--to', 'Seattle, WA', '--json'])
        .out,
    )
    const yearly = JSON.parse(
      runWith(['equivalent', '--wages', '93600', '--from', 'Austin, TX', '--to', 'Seattle, WA', '--json'])
        .out,
    )
    expect(hourly).toEqual(yearly)
  })

  it('still refuses text that is not pay, naming the flag', () => {
    const r = runWith(['tax', '--income', 'lots', '--location', 'Texas'])
    expect(r.code).toBe(2)
    expect(r.err[0]).toMatch(/^worth: --income: /)
  })
})

describe('a message names the flag once', () => {
  it.each([
    [
      ['estimate', '--title', 'x'.repeat(201), '--location', 'Ohio', '--base', '100k'],
      '--title: must be at most',
    ],
    [['estimate', '--title', 'Nurse', '--location', 'Ohio', '--base', '-5'], '--base: cannot be negative'],
    [
      ['estimate', '--title', 'Nurse', '--location', 'Ohio', '--base', '100k', '--years', '99'],
      '--years: must be',
    ],
    [
      ['negotiate', '--title', 'Nurse', '--location', 'Ohio', '--base', '100k', '--walkaway', '-3'],
      '--walkaway: cannot',
    ],
    [
      ['negotiate', '--title', 'Nurse', '--location', 'Ohio', '--base', '100k', '--from', 'x'.repeat(201)],
      '--from: must',
    ],
    [['equivalent', '--wages', '1', '--from', 'x'.repeat(201), '--to', 'Ohio'], '--from: must be at most'],
    [['tax', '--income', '-1', '--location', 'Texas'], '--income: cannot be negative'],
  ])('%j', (args, start) => {
    const err = run(args).err
    expect(err).toHaveLength(1)
    expect(err[0]!.startsWith(`worth: ${start}`), err[0]).toBe(true)
  })
})
