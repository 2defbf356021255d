// The current view lives in the URL hash (#/compare), so a reload and the back and forward buttons keep it.
// Pure helpers; App.tsx wires them to window.location and the keyboard.

/** "#/compare" for the view id "compare". */
export function hashFor(viewId: string): string {
  return `#/${viewId}`
}

/** The view a hash names, or null ("#main" and other in-page anchors are not routes). */
export function viewFromHash(hash: string, viewIds: readonly string[]): string | null {
  const match = /^#\/([a-z-]+)$/.exec(hash)
  return match && viewIds.includes(match[1]!) ? match[1]! : null
}

/** The window title: the view first, then the app, as desktop apps name their windows. */
export function pageTitle(viewLabel: string | undefined): string {
  return viewLabel ? `${viewLabel} — Worth` : 'Worth'
}

export interface ShortcutKey {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/**
 * The view for Ctrl/Cmd+1..9 (the desktop menu's accelerators) or Alt+1..9 (browsers keep Ctrl+digit for their
 * tabs); null for any other key. Shift must be up, and only one of the modifiers down.
 */
export function viewForShortcut(event: ShortcutKey, viewIds: readonly string[]): string | null {
  const modifiers = [event.ctrlKey, event.metaKey, event.altKey].filter(Boolean).length
  if (modifiers !== 1 || event.shiftKey || !/^[1-9]$/.test(event.key)) return null
  return viewIds[Number(event.key) - 1] ?? null
}
