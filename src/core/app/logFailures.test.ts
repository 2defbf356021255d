import { describe, expect, it, vi } from 'vitest'
import { dispatch } from './dispatch'
import { CHANNELS } from '../../shared/contract'
import { fakeHandlers } from '../testing/fakeHandlers'
import { logFailures } from './logFailures'

describe('logFailures', () => {
  it('keeps every channel and passes results through', () => {
    const handlers = logFailures(fakeHandlers(), vi.fn())
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
    expect(dispatch(handlers, 'titles:search', { query: 'nurse' })).toMatchObject({
      ok: true,
      value: { query: 'nurse' },
    })
  })

  it('logs an unexpected error with its details, while the reply stays free of them', () => {
    const log = vi.fn()
    const reply = dispatch(logFailures(fakeHandlers(), log), 'locations:search', { query: 'crash' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(reply)).not.toContain('secret stack detail')
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]?.[0]).toContain('locations:search')
    expect((log.mock.calls[0]?.[1] as Error).message).toBe('secret stack detail')
  })

  it('does not log errors the user can act on', () => {
    const log = vi.fn()
    const reply = dispatch(logFailures(fakeHandlers(), log), 'locations:search', { query: 'Springfield' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'ambiguous-location' } })
    expect(log).not.toHaveBeenCalled()
  })
})
