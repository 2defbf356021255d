// The market memo the handlers share: one market per occupation and place, built once, and bounded.
import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'
import { buildMarket, cachedMarkets } from './market'

const d = realDataset()
const nurses = d.occupationBySoc.get('29-1141')!
const developers = d.occupationBySoc.get('15-1252')!
const seattle = d.locations.resolve('Seattle, WA')[0]!
const washington = d.locations.byCode('WA')!
const nation = d.locations.byCode('US')!

describe('cachedMarkets', () => {
  it('builds each occupation and place once and gives the same figures as building it afresh', () => {
    const marketFor = cachedMarkets(d)
    for (const occ of [nurses, developers])
      for (const place of [seattle, washington, nation]) {
        const first = marketFor(occ, place)
        expect(first).toEqual(buildMarket(d, occ, place))
        expect(marketFor(occ, place)).toBe(first)
      }
    // Places and occupations are told apart: a state's market says it is national figures, the nation's does not.
    expect(marketFor(nurses, washington)!.summary.fallback).toMatch(/no statewide wage figures/)
    expect(marketFor(nurses, nation)!.summary.fallback).toBeNull()
    expect(marketFor(nurses, seattle)!.summary.scope).toBe('area')
    expect(marketFor(developers, seattle)!.summary.soc).toBe('15-1252')
  })

  it('remembers an occupation with no market as none', () => {
    const none = d.occupations.find((o) => !o.national && buildMarket(d, o, nation) === null)
    expect(none).toBeDefined()
    const marketFor = cachedMarkets(d)
    expect(marketFor(none!, nation)).toBeNull()
    expect(marketFor(none!, nation)).toBeNull()
  })

  it('starts again empty when it holds its limit, and answers the same', () => {
    const marketFor = cachedMarkets(d, 2)
    const a = marketFor(nurses, seattle)
    const b = marketFor(nurses, nation)
    expect(marketFor(nurses, seattle)).toBe(a)
    const c = marketFor(developers, nation)
    // The third market emptied the memo: the first is built again, equal but not the same object.
    const again = marketFor(nurses, seattle)
    expect(again).not.toBe(a)
    expect(again).toEqual(a)
    expect(b).toEqual(buildMarket(d, nurses, nation))
    expect(c).toEqual(buildMarket(d, developers, nation))
  })
})
