// Test double: a Handlers map that echoes its input, for shell tests that must not depend on the dataset.
import type { Handlers } from '../app/dispatch'
import { WorthFailure } from '../errors'
import type { CompareResult, EquivalentSalaryResult, OfferCheckResult } from '../../shared/compare'
import type { NegotiateResult } from '../../shared/negotiate'
import type {
  DatasetInfo,
  EstimateResult,
  InsightsResult,
  LocationSearchResult,
  TitleSearchResult,
} from '../../shared/types'

export function fakeHandlers(): Handlers {
  return {
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
    'estimate:offer': (input) => ({ echo: input }) as unknown as EstimateResult,
    'dataset:info': () =>
      ({
        version: 'test',
        occupations: 1,
        areas: 1,
        titles: 1,
        places: 1,
        sources: [],
      }) satisfies DatasetInfo,
    'insights:role': (input) => ({ echo: input }) as unknown as InsightsResult,
    'compare:offers': (input) => ({ echo: input }) as unknown as CompareResult,
    'negotiate:offer': (input) => ({ echo: input }) as unknown as NegotiateResult,
    'offer:check': () => ({ problems: [] }) satisfies OfferCheckResult,
    'compare:equivalent': (input) => ({ echo: input }) as unknown as EquivalentSalaryResult,
  }
}
