import { describe, expect, it } from 'vitest'
import { buildScripts, type ScriptFacts } from './scripts'

const facts: ScriptFacts = {
  roleTitle: 'Software Developer',
  occupation: 'Software Developers',
  place: 'Seattle-Tacoma-Bellevue, WA',
  offer: { base: 150_000, total: 150_000, percentile: 33.9 },
  ask: { base: 232_850, high: 265_350, percentile: 75 },
  market: { p50: 178_317, p75: 232_870 },
  source: 'BLS OEWS, May 2024; DOL OFLC wage levels, July 2025 - June 2026',
  alternative: null,
  otherTerms: null,
}

describe('buildScripts', () => {
  it('writes an email and a phone script in each of three tones; emails have subjects', () => {
    const s = buildScripts(facts)
    expect(s.map((d) => `${d.channel}/${d.tone}`)).toEqual([
      'email/warm',
      'email/direct',
      'email/brief',
      'phone/warm',
      'phone/direct',
      'phone/brief',
    ])
    for (const d of s) {
      expect(d.subject === null, `${d.channel}/${d.tone}`).toBe(d.channel === 'phone')
      expect(d.body).toContain('$232,850')
      expect(d.body).not.toMatch(/NaN|undefined|—/)
    }
    expect(s[0]!.subject).toBe('Thank you for the Software Developer offer')
  })

  it('puts the ask, the range, the market evidence and its source in the full scripts', () => {
    for (const d of buildScripts(facts).filter((x) => x.tone !== 'brief')) {
      expect(d.body).toContain('$232,850 to $265,350')
      expect(d.body).toContain('median base pay is about $178,317 and the 75th percentile about $232,870')
      expect(d.body).toContain('(BLS OEWS, May 2024; DOL OFLC wage levels, July 2025 - June 2026)')
      expect(d.body).toContain('The offered base of $150,000 sits at the 34th percentile')
      expect(d.body).toContain('Software Developer')
    }
    expect(buildScripts(facts)[2]!.body).toContain('75th percentile at about $232,870 (BLS OEWS, May 2024')
  })

  it('quotes a better competing offer, and only mentions a weaker one', () => {
    const better = buildScripts({ ...facts, alternative: 190_000 })
    expect(better[0]!.body).toContain('another offer worth $190,000 a year in total compensation')
    expect(better[3]!.body).toContain('another offer at about $190,000 a year')
    const weaker = buildScripts({ ...facts, alternative: 140_000 })
    for (const d of weaker) {
      expect(d.body).toContain('I am also weighing another offer.')
      expect(d.body).not.toContain('$140,000')
    }
    for (const d of buildScripts(facts)) expect(d.body).not.toContain('another offer')
  })

  it('asks for a sign-on and the start date, not base, when base already meets the target', () => {
    const terms = buildScripts({
      ...facts,
      ask: { base: 150_000, high: 150_000, percentile: 33.9 },
      otherTerms: 7_650,
    })
    expect(terms).toHaveLength(6)
    for (const d of terms) {
      expect(d.body).toContain('a sign-on bonus of $7,650')
      expect(d.body).not.toMatch(/asking for a base|bring the base to|NaN|undefined/)
    }
    expect(terms[1]!.subject).toBe('Software Developer offer: sign-on and start date')
    expect(terms[0]!.body).toContain('The base of $150,000 sits at the 34th percentile')
  })

  it('falls back to the occupation when no title is given', () => {
    expect(buildScripts({ ...facts, roleTitle: '  ' })[0]!.subject).toBe(
      'Thank you for the Software Developers offer',
    )
  })
})
