import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'

const { locations } = realDataset()
const codes = (q: string) => locations.resolve(q).map((m) => m.areaCode)

describe('resolving places to OEWS areas', () => {
  it.each([
    ['Seattle, WA', '42660'],
    ['Bellevue, WA', '42660'],
    ['Seattle WA', '42660'],
    ['Cambridge, MA', '14460'],
    ['Austin, TX', '12420'],
    ['Cleveland, OH', '17410'],
    ['San Francisco', '41860'],
    ['King County, WA', '42660'],
    ['Seattle-Tacoma-Bellevue, WA', '42660'],
    ['St. Louis, MO', '41180'],
  ])('%s -> %s', (query, code) => {
    expect(codes(query)).toEqual([code])
  })

  it('resolves the nation and states', () => {
    expect(locations.resolve('United States')[0]).toMatchObject({ areaCode: 'US', kind: 'national' })
    expect(locations.resolve('USA')[0]!.kind).toBe('national')
    expect(locations.resolve('Texas')).toEqual([expect.objectContaining({ areaCode: 'TX', kind: 'state' })])
    expect(locations.resolve('WA')).toEqual([expect.objectContaining({ areaCode: 'WA', kind: 'state' })])
  })

  it('asks which one when a name is shared', () => {
    expect(codes('Austin').sort()).toEqual(['12420', '2700004'])
    expect(codes('Portland').sort()).toEqual(['38860', '38900'])
    // "New York" is a state and a city.
    expect(codes('New York')).toEqual(['NY', '35620'])
  })

  it('finds nothing for a place it does not know, and suggests by prefix', () => {
    expect(locations.resolve('Atlantis')).toEqual([])
    expect(locations.resolve('   ')).toEqual([])
    expect(locations.suggest('sea').map((m) => m.label)).toContain('Seattle, WA')
  })

  it('looks up a picked code', () => {
    expect(locations.byCode('42660')!.areaName).toBe('Seattle-Tacoma-Bellevue, WA')
    expect(locations.byCode('TX')!.kind).toBe('state')
    expect(locations.byCode('00000')).toBeNull()
  })
})
