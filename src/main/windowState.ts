// The window's size and position, kept between runs in a small JSON file in the user-data folder. Pure: what to
// restore is decided from the saved text and the screens' work areas (a window never reopens off-screen).

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_SIZE = { width: 1200, height: 840 }
export const MIN_SIZE = { width: 720, height: 560 }

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value)

/** Reads the saved state; anything missing, malformed or absurd gives null. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const { bounds, maximized } = data as Record<string, unknown>
  if (typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height)) return null
  if (width < MIN_SIZE.width || height < MIN_SIZE.height || width > 20_000 || height > 20_000) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/**
 * Where to open the window: the saved bounds when a good part of it (a quarter, and its title bar) is on one of
 * the screens now attached, shrunk to fit that screen; otherwise the default size, centred by the system.
 */
export function windowOptions(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false }
  const b = saved.bounds
  const titleBar: Rect = { x: b.x, y: b.y, width: b.width, height: 32 }
  const screen = workAreas.find(
    (area) => overlap(b, area) >= (b.width * b.height) / 4 && overlap(titleBar, area) > 0,
  )
  if (!screen) return { ...DEFAULT_SIZE, maximized: saved.maximized }
  const width = Math.min(b.width, screen.width)
  const height = Math.min(b.height, screen.height)
  const x = Math.min(Math.max(b.x, screen.x), screen.x + screen.width - width)
  const y = Math.min(Math.max(b.y, screen.y), screen.y + screen.height - height)
  return { x, y, width, height, maximized: saved.maximized }
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state)}\n`
}
