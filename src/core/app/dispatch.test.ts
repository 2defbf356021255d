import { describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from './dispatch'
import { fakeHandlers } from '../testing/fakeHandlers'
import { DatasetError } from '../dataset/indexDataset'
import { PackError } from '../dataset/pack'

/** Fake handlers whose title search throws `error`. */
function throwing(error: Error): Handlers {
  return {
    ...fakeHandlers(),
    'titles:search': () => {
      throw error
    },
  }
}

describe('dispatch, when a dataset file turns out damaged after load', () => {
  it('says the dataset is damaged and how to rebuild it, for a pack read as it is used', () => {
    const reply = dispatch(throwing(new PackError('section key has damaged starts')), 'titles:search', {
      query: 'nurse',
    })
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Dataset is damaged: section key has damaged starts. Rebuild it with npm run data:build.',
      },
    })
  })

  it("passes on a dataset check's own message", () => {
    const message = 'Dataset is damaged: area wages at 3 have 7 values. Rebuild it with npm run data:build.'
    expect(dispatch(throwing(new DatasetError(message)), 'titles:search', { query: 'nurse' })).toEqual({
      ok: false,
      error: { code: 'internal', message },
    })
  })

  it('keeps any other failure free of its details', () => {
    const reply = dispatch(throwing(new Error('secret stack detail')), 'titles:search', { query: 'nurse' })
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Worth could not compute this. Please report it with the inputs you used.',
      },
    })
  })
})
