// Test double: a Handlers map for shell tests that must not depend on the dataset. Every channel of the table
// echoes its (validated) input, so a new channel needs no edit here; a few channels answer as the shells' tests
// expect (an ambiguous place, a crash whose details must never reach the page).
import { CHANNELS, type Channel } from '../../shared/contract'
import type { TitleSearchResult, LocationSearchResult, DatasetInfo } from '../../shared/types'
import type { Handlers } from '../app/dispatch'
import { WorthFailure } from '../errors'

const echo = (input: unknown) => ({ echo: input })

export function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(CHANNELS.map((c: Channel) => [c, echo])) as unknown as Handlers
  return {
    ...handlers,
    'titles:search': (input) =>
      ({ query: input.query, suggestions: [], occupations: [] }) satisfies TitleSearchResult,
    'locations:search': (input) => {
      if (input.query === 'Springfield') {
        throw new WorthFailure({
          code: 'ambiguous-location',
          field: 'location',
          message: 'Which Springfield?',
        })
      }
      if (input.query === 'crash') throw new Error('secret stack detail')
      return { query: input.query, matches: [], ambiguous: false } satisfies LocationSearchResult
    },
    'dataset:info': () =>
      ({
        version: 'test',
        occupations: 1,
        areas: 1,
        titles: 1,
        places: 1,
        sources: [],
      }) satisfies DatasetInfo,
    'offer:check': () => ({ problems: [] }),
  }
}
