// The role lookup's two searches as the view tests answer them: the fixture's title suggestions and places
// (Portland's several places for "Portland…", Seattle's otherwise) for whatever was typed.
import type { MockedFunction } from 'vitest'
import type { searchLocations, searchTitles } from '../lib/api'
import { PORTLAND_SEARCH, SEATTLE_SEARCH, SOFTWARE_TITLE_SEARCH } from '../../../../test/fixtures/replies'

export interface MockedSearches {
  searchTitles: MockedFunction<typeof searchTitles>
  searchLocations: MockedFunction<typeof searchLocations>
}

/** Makes the mocked lib/api searches answer as the backend does for the fixtures. */
export function answerRoleSearches(api: MockedSearches): void {
  api.searchTitles.mockImplementation(async ({ query }) => ({
    ok: true,
    value: { ...SOFTWARE_TITLE_SEARCH, query },
  }))
  api.searchLocations.mockImplementation(async ({ query }) => ({
    ok: true,
    value: query.startsWith('Portland') ? { ...PORTLAND_SEARCH, query } : { ...SEATTLE_SEARCH, query },
  }))
}
