// Events from main to the page: the native menu's commands and the backend process's state. One ipc channel,
// one preload function (window.worthDesktop.onDesktopEvent); the page answers a command by doing what its own
// buttons do. No zod here: the page's first view loads this module.

/** The views, in menu and navigation order (Ctrl/Cmd+1..5). */
export const VIEW_IDS = ['offer', 'insights', 'offers', 'compare', 'negotiate'] as const
export type ViewId = (typeof VIEW_IDS)[number]

export type MenuCommand =
  | { type: 'open-view'; view: ViewId }
  | { type: 'new-offer' }
  | { type: 'import-offers' }
  | { type: 'export-offers' }
  | { type: 'save-brief' }
  | { type: 'how-worth-estimates' }

/**
 * The backend (dataset and handlers, in its own process): 'restarted' after it stopped once and came back,
 * 'failed' when it stopped again and Worth gave up.
 */
export type BackendEvent = { type: 'backend'; state: 'restarted' | 'failed' }

export type DesktopEvent = MenuCommand | BackendEvent

/** The ipc channel main sends DesktopEvents on. */
export const DESKTOP_EVENT_CHANNEL = 'desktop:event'

const SIMPLE_COMMANDS: ReadonlySet<string> = new Set([
  'new-offer',
  'import-offers',
  'export-offers',
  'save-brief',
  'how-worth-estimates',
])

/** True for a well-formed DesktopEvent (the page checks what arrives before acting on it). */
export function isDesktopEvent(value: unknown): value is DesktopEvent {
  if (typeof value !== 'object' || value === null) return false
  const event = value as Record<string, unknown>
  if (event.type === 'open-view') return (VIEW_IDS as readonly unknown[]).includes(event.view)
  if (event.type === 'backend') return event.state === 'restarted' || event.state === 'failed'
  return typeof event.type === 'string' && SIMPLE_COMMANDS.has(event.type)
}
