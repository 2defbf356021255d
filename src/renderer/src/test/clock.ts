// Component tests run on a test clock (installed for every test in setup.ts): timers move with real time, so a
// wait on what the app shows ends as soon as it shows, and a test can also move the clock past a delay at once
// (the Undo notice's 10 s, a debounce) instead of sleeping through it. userEvent moves the same clock between
// keystrokes. Only the timer functions are faked: promises, the IndexedDB stand-in (setImmediate) and dynamic
// imports run as they do in the app.
import { act, screen } from '@testing-library/react'
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

/** Types each text into the field with that label, in the order given (as a user fills a form in). */
export async function typeFields(user: UserEvent, texts: Record<string, string>): Promise<void> {
  for (const [label, text] of Object.entries(texts)) await user.type(screen.getByLabelText(label), text)
}

/** Replaces what a field holds with `text`, as a user selecting it all and typing over it. */
export async function retype(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field)
  await user.type(field, text)
}
