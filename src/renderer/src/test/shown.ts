// What the screen shows, read as plain values so a test compares it whole (`toEqual`) and a failure prints all of
// it: the texts of a table's headers, cells or rows, of a list's items or a select's options, and the values of
// labelled form fields.
import { screen, waitFor, within, type ByRoleMatcher } from '@testing-library/react'
import { expect } from 'vitest'

/** The text of every element with `role` inside `container`, in order. */
export function textsOf(container: HTMLElement, role: ByRoleMatcher): string[] {
  return within(container)
    .getAllByRole(role)
    .map((element) => element.textContent ?? '')
}

/** What each labelled field shows, by label (each label must name exactly one field). */
export function fieldValues(labels: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    labels.map((label) => [label, (screen.getByLabelText(label) as HTMLInputElement).value]),
  )
}

/** Checks that the labelled fields show these values (all of them compared at once). */
export function expectFields(values: Record<string, string>): void {
  expect(fieldValues(Object.keys(values))).toEqual(values)
}

/** Waits until the view's live status says `text` (ends as soon as it does; see test/waits.ts for the bound). */
export async function statusShows(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text))
}
