// What the page does for each command of the desktop menu (src/main/menu.ts): switch to the view that owns the
// action, then press the same button a user would (found by its data-menu attribute), so a menu command and a
// click behave alike. When the button is not there (no brief worked out yet, no offers to export) the user is
// told what to do instead.
import type { MenuCommand, ViewId } from '../../../shared/desktopEvents'

export interface PageAction {
  view: ViewId
  /** The element to act on: a data-menu value, or '#id' for an element id. */
  target: string
  /** A button to press first when it is there (opening the brief before saving it, leaving an edit). */
  via?: string
  act: 'click' | 'focus' | 'open-details'
  /** Said when the target does not appear. */
  missing: string
  /** Said when the target is there but disabled. */
  disabled?: string
}

/** The page action for a menu command; view switches are handled by the shell itself (null). */
export function pageActionFor(command: MenuCommand): PageAction | null {
  switch (command.type) {
    case 'open-view':
      return null
    case 'new-offer':
      return {
        view: 'offers',
        target: '#saved-offer-label',
        via: 'stop-editing',
        act: 'focus',
        missing: 'The new-offer form is in My offers.',
      }
    case 'import-offers':
      return {
        view: 'offers',
        target: 'import-offers',
        act: 'click',
        missing: 'Import is in My offers, under “Export and import”.',
        disabled: 'An import is already running.',
      }
    case 'export-offers':
      return {
        view: 'offers',
        target: 'export-offers',
        act: 'click',
        missing: 'Export is in My offers, under “Export and import”.',
        disabled: 'There are no saved offers to export yet.',
      }
    case 'save-brief':
      return {
        view: 'negotiate',
        target: 'save-brief',
        via: 'open-brief',
        act: 'click',
        missing: 'Work out a counter-offer in Negotiate first: the brief is made from it.',
      }
    case 'how-worth-estimates':
      return {
        view: 'offer',
        target: '#how-worth-estimates',
        act: 'open-details',
        missing: '“How Worth estimates” is at the bottom of My offer.',
      }
  }
}

function find(root: ParentNode, target: string): HTMLElement | null {
  const selector = target.startsWith('#') ? `[id="${target.slice(1)}"]` : `[data-menu="${target}"]`
  return root.querySelector<HTMLElement>(selector)
}

const isDisabled = (el: HTMLElement): boolean =>
  (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.disabled

/**
 * Waits (checking every frame, up to `timeoutMs`) for an element; prefers one that is enabled, since a view may
 * still be loading what enables it. Returns the last one seen, or null.
 */
async function waitFor(
  look: () => HTMLElement | null,
  timeoutMs: number,
  now: () => number = () => performance.now(),
): Promise<HTMLElement | null> {
  const end = now() + timeoutMs
  let seen = look()
  while ((!seen || isDisabled(seen)) && now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 30))
    seen = look() ?? seen
    if (seen && !seen.isConnected) seen = look()
  }
  return seen
}

/** Carries out the action on the page (already switched to its view); returns a message for the user, or null. */
export async function performPageAction(
  action: PageAction,
  root: ParentNode = document,
  timeoutMs = 2000,
): Promise<string | null> {
  // The preparing button first: "Stop editing" before focusing the new-offer form, "Open the brief" before saving.
  const via = (): HTMLElement | null => (action.via ? find(root, action.via) : null)
  let el = await waitFor(() => via() ?? find(root, action.target), timeoutMs)
  if (el && el === via()) {
    if (isDisabled(el)) return action.missing
    el.click()
    el = await waitFor(() => find(root, action.target), timeoutMs)
  }
  if (!el) return action.missing
  if (isDisabled(el)) return action.disabled ?? action.missing
  if (action.act === 'click') el.click()
  else if (action.act === 'focus') el.focus()
  else {
    if (el instanceof HTMLDetailsElement) el.open = true
    el.scrollIntoView?.({ block: 'start' })
    ;(el.querySelector('summary') ?? el).focus()
  }
  return null
}
