import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../shared/contract'
import { realDataset } from '../testing/realDataset'
import { dispatch, type Handlers } from './dispatch'
import { createHandlers } from './handlers'

const handlers = createHandlers(realDataset())

describe('handlers through dispatch', () => {
  it('has one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it('validates input and names the field in the message', () => {
    const r = dispatch(handlers, 'estimate:offer', { title: 'Nurse', location: 'Seattle, WA', base: -1 })
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid-input', field: 'base', message: 'Base salary: cannot be negative' },
    })
    const extra = dispatch(handlers, 'titles:search', { query: 'x', sneaky: true })
    expect(extra.ok).toBe(false)
    const wrongType = dispatch(handlers, 'estimate:offer', {
      title: 'Nurse',
      location: 'Seattle, WA',
      base: '100',
    })
    expect(wrongType).toMatchObject({
      ok: false,
      error: { field: 'base', message: 'Base salary: must be a number of US dollars' },
    })
  })

  it('turns unexpected errors into a plain message without a stack', () => {
    const broken = {
      ...handlers,
      'dataset:info': () => {
        throw new Error('secret internals')
      },
    } as Handlers
    const r = dispatch(broken, 'dataset:info', {})
    expect(r.ok).toBe(false)
    expect(JSON.stringify(r)).not.toContain('secret')
  })

  it('searches titles and places for autocomplete', () => {
    const titles = dispatch(handlers, 'titles:search', { query: 'registered n' })
    expect(titles.ok && titles.value.suggestions[0]!.title).toBe('Registered Nurses')
    const places = dispatch(handlers, 'locations:search', { query: 'Austin' })
    expect(places.ok && places.value.ambiguous).toBe(true)
    const one = dispatch(handlers, 'locations:search', { query: 'Cambridge, MA' })
    expect(one.ok && one.value.matches[0]).toMatchObject({ areaCode: '14460', label: 'Cambridge, MA' })
    expect(one.ok && one.value.ambiguous).toBe(false)
  })

  it('describes the dataset', () => {
    const r = dispatch(handlers, 'dataset:info', {})
    expect(r.ok && r.value).toMatchObject({ occupations: 860, areas: 530 })
  })
})
