import { describe, expect, it } from 'vitest'
import { checkAmount } from './fields'
import { HOURS_PER_YEAR, readPay, slipQuestion, type PayOptions } from './pay'

const salary = { label: 'Base salary', role: 'salary' as const }
const bonus = (base: number | null) => ({ label: 'Annual bonus', role: 'bonus' as const, base })
const value = (text: string, options: PayOptions = salary) => {
  const r = readPay(text, options)
  return r.ok ? r.value : r.problem
}

describe('readPay', () => {
  it.each([
    ['150000', 150000],
    ['150,000', 150000],
    ['150k', 150000],
    ['$150K', 150000],
    ['$150,000.50', 150000.5],
    ['1.2m', 1200000],
    ['150000 USD', 150000],
    ['150k a year', 150000],
    ['150,000/yr', 150000],
    ['150000 per year', 150000],
    ['150k annually', 150000],
  ])('reads %s as %d a year', (text, expected) => {
    expect(readPay(text, salary)).toMatchObject({ ok: true, value: expected, unit: 'year', note: null })
  })

  it.each([
    ['45/hr', 45],
    ['$45 an hour', 45],
    ['45 hourly', 45],
    ['45 per hour', 45],
    ['$45/hour', 45],
    ['45.50/h', 45.5],
    ['45 / hr', 45],
  ])('reads %s as an hourly wage times 2,080 hours, and says so', (text, hourly) => {
    const r = readPay(text, salary)
    expect(r).toMatchObject({ ok: true, unit: 'hour', typed: hourly, value: hourly * HOURS_PER_YEAR })
  })

  it('says how an hourly or monthly amount became a yearly one', () => {
    expect(readPay('45/hr', salary)).toMatchObject({
      value: 93600,
      note: '= $93,600 a year (45 × 2,080 hours)',
    })
    expect(readPay('$6,000 a month', salary)).toMatchObject({
      value: 72000,
      unit: 'month',
      note: '= $72,000 a year (6,000 × 12 months)',
    })
  })

  it('reads a bonus as dollars or as a percentage of base', () => {
    expect(readPay('15000', bonus(150000))).toMatchObject({ ok: true, value: 15000, unit: 'year' })
    expect(readPay('15%', bonus(150000))).toMatchObject({
      ok: true,
      value: 22500,
      unit: 'percent',
      typed: 15,
      note: '= $22,500 a year (15% of $150,000 base)',
    })
    expect(value('12.5 %', bonus(200000))).toBe(25000)
    expect(value('10% of base', bonus(93600))).toBe(9360)
    expect(readPay('15%', bonus(null))).toMatchObject({ ok: false, problem: 'needs-base' })
    expect((readPay('15%', bonus(null)) as { message: string }).message).toMatch(/^Annual bonus/)
  })

  it('refuses what is not pay, naming the field', () => {
    for (const text of ['abc', '15 apples', '$', '1.2.3', 'k', 'NaN', 'Infinity', '45/fortnight']) {
      const r = readPay(text, salary)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/^Base salary/)
    }
    expect(readPay('-5', salary)).toMatchObject({ ok: false, problem: 'negative' })
    expect(readPay('', salary)).toMatchObject({ ok: false, problem: 'empty' })
    expect(readPay('45/hr', bonus(100000))).toMatchObject({ ok: false, problem: 'wrong-unit' })
    expect(readPay('15%', salary)).toMatchObject({ ok: false, problem: 'wrong-unit' })
  })
})

describe('slips get a question, not a result', () => {
  it('asks whether a tiny yearly base is an hourly wage or thousands', () => {
    const q = slipQuestion(readPay('45', salary), salary)
    expect(q).toBe(
      'Base salary of $45 a year looks like a slip. Did you mean $45 an hour ($93,600 a year: type "45/hr") or $45,000 a year (type "45k")?',
    )
    expect(slipQuestion(readPay('5000', salary), salary)).toMatch(/a month/)
    expect(slipQuestion(readPay('45/hr', salary), salary)).toBeNull()
    expect(slipQuestion(readPay('45000', salary), salary)).toBeNull()
  })

  it('asks whether a tiny bonus is a percentage', () => {
    expect(slipQuestion(readPay('15', bonus(150000)), bonus(150000))).toMatch(/Did you mean 15% of base/)
    expect(slipQuestion(readPay('1500', bonus(150000)), bonus(150000))).toBeNull()
  })

  it('checkAmount gives the question as the field message and no value', () => {
    expect(checkAmount('base', '45')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Base salary of \$45 a year looks like a slip\. Did you mean/),
    })
    expect(checkAmount('base', '45/hr')).toEqual({
      ok: true,
      value: 93600,
      note: '= $93,600 a year (45 × 2,080 hours)',
    })
    expect(checkAmount('bonus', '15%', { base: 93600 })).toMatchObject({ ok: true, value: 14040 })
    expect(checkAmount('bonus', '')).toEqual({ ok: true, value: 0 })
    expect(checkAmount('stock', '20')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Stock per year/),
    })
    expect(checkAmount('base', '10001k')).toEqual({
      ok: false,
      message: 'Base salary must be at most $10,000,000 a year.',
    })
  })
})
