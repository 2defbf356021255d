import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SURVEY_PROFILES } from './surveyProfiles'

const seedPath = resolve(__dirname, '../../../shared/seed/backend-architect-usa-2025.txt')

describe.runIf(existsSync(seedPath))('the Backend Architect survey profile', () => {
  const seed = readFileSync(seedPath, 'utf8')
  const p = SURVEY_PROFILES.find((x) => x.id === 'backend-architect-usa-2025')!
  const money = (n: number) => `$${n.toLocaleString('en-US')}`
  const k = (n: number) => `$${n / 1000}K`

  it('carries figures that appear in the seed page', () => {
    for (const n of [p.totalPay.p10, p.totalPay.p50, p.totalPay.p90, p.averageBase, p.additionalPay])
      expect(seed).toContain(money(n))
    expect(seed).toContain(`${k(p.baseRange.low)} - ${k(p.baseRange.high)}`)
    expect(seed).toContain(`${k(p.bonus.low)} - ${k(p.bonus.high)}`)
    expect(seed).toContain(`${k(p.stock.low)} - ${k(p.stock.high)}`)
    for (const v of Object.values(p.byExperience)) expect(seed).toContain(money(v))
    for (const c of p.byCity) {
      expect(seed).toContain(c.name.replace('Washington, DC', 'Washington, D.C.'))
      for (const v of [c.median, c.low, c.high]) if (v !== null) expect(seed).toContain(money(v))
    }
    for (const step of p.careerPath) expect(seed).toContain(`${step.title}\n${step.years} years experience`)
    for (const skill of p.skills) expect(seed).toContain(`\n${skill}\n`)
  })

  it("does not reuse the seed's sentences", () => {
    expect(seed).not.toContain(p.description.slice(0, 40))
  })
})
