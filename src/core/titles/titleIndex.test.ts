import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'
import { coreTitleKey, displayCase, titleKey } from './normalise'

const { titles } = realDataset()
const top = (q: string) => titles.match(q)[0]?.soc

describe('title keys', () => {
  it('normalise punctuation, plurals and run-together words', () => {
    expect(titleKey('Sr. Software Engineers (Back-End)')).toBe('sr software engineer backend')
    expect(titleKey('R&D Technologies')).toBe('r and d technology')
    expect(coreTitleKey('senior staff software engineer ii')).toBe('software engineer')
    expect(displayCase('SENIOR SRE II - AWS')).toBe('Senior SRE II - AWS')
  })
})

describe('matching titles people use to occupations', () => {
  it.each([
    ['Software Engineer', '15-1252'],
    ['SRE', '15-1252'],
    ['Site Reliability Engineer', '15-1252'],
    ['Senior Software Engineer II', '15-1252'],
    ['Registered Nurse', '29-1141'],
    ['Truck Driver', '53-3032'],
    ['Accountant', '13-2011'],
    ['Airline Pilot', '53-2011'],
    ['Software Developers', '15-1252'],
  ])('%s -> %s', (query, soc) => {
    expect(top(query)).toBe(soc)
  })

  it('gives the runners-up for an ambiguous title (Data Engineer)', () => {
    const socs = titles.match('Data Engineer').map((m) => m.soc)
    expect(socs[0]).toBe('15-1252')
    expect(socs).toContain('15-1243')
    expect(socs).toContain('15-2051')
  })

  it('matches a title nobody filed word by word (Backend Architect)', () => {
    const [first] = titles.match('Backend Architect')
    expect(first!.soc).toBe('15-1252')
    expect(first!.matchedFrom.toLowerCase()).toContain('back')
  })

  it('matches nothing for words it has never seen, and offers near titles', () => {
    expect(titles.match('xyzzy')).toEqual([])
    expect(titles.match('')).toEqual([])
    expect(titles.closest('nurze').length).toBeGreaterThan(0)
  })

  it('autocompletes from a prefix, best known titles first', () => {
    const { suggestions } = titles.search('softw')
    expect(suggestions.length).toBeGreaterThan(3)
    expect(suggestions.map((s) => s.title)).toContain('Software Developers')
    expect(suggestions.every((s) => /software/i.test(s.title))).toBe(true)
  })
})
