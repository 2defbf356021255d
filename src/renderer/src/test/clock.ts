// Component tests run on a test clock (installed for every test in setup.ts): timers move with real time, so a
// wait on what the app shows ends as soon as it shows, and a test can also move the clock past a delay at once
// (the Undo notice's 10 s, a debounce) instead of sleeping through it. userEvent moves the same clock between
// keystrokes. Only the timer functions are faked: promises, the IndexedDB stand-in (setImmediate) and dynamic
// imports run as they do in the app.
import { act } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { vi } from 'vitest'

export const TEST_CLOCK = {
  shouldAdvanceTime: true,
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
} satisfies Parameters<typeof vi.useFakeTimers>[0]

/** A user whose typing and clicking run on the test clock. */
export function setupUser(options: Parameters<typeof userEvent.setup>[0] = {}): UserEvent {
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime, ...options })
}

/** Moves the test clock `ms` ahead at once, running the timers that fall due (no real time passes). */
export async function passTime(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}
