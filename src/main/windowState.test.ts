import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, parseWindowState, serializeWindowState, windowOptions } from './windowState'

const laptop = { x: 0, y: 0, width: 1920, height: 1080 }
const right = { x: 1920, y: 0, width: 2560, height: 1440 }

describe('parseWindowState', () => {
  it('reads what serializeWindowState wrote', () => {
    const state = { bounds: { x: 100, y: 80, width: 1300, height: 900 }, maximized: true }
    expect(parseWindowState(serializeWindowState(state))).toEqual(state)
  })

  it('gives null for a missing, broken or absurd file', () => {
    for (const text of [
      null,
      '',
      '{',
      'null',
      '[]',
      '{"bounds":{"x":0,"y":0,"width":"1200","height":800}}',
      '{"bounds":{"x":0.5,"y":0,"width":1200,"height":800}}',
      '{"bounds":{"x":0,"y":0,"width":100,"height":800}}',
      '{"bounds":{"x":0,"y":0,"width":1200,"height":99999}}',
    ])
      expect(parseWindowState(text), String(text)).toBeNull()
  })
})

describe('windowOptions', () => {
  it('opens at the default size the first time', () => {
    expect(windowOptions(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('reopens where it was, on the screen it was on', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 1000 }, maximized: false }
    expect(windowOptions(saved, [laptop, right])).toEqual({
      x: 2000,
      y: 100,
      width: 1400,
      height: 1000,
      maximized: false,
    })
  })

  it('falls back to the default size when that screen is gone, keeping "maximized"', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 1000 }, maximized: true }
    expect(windowOptions(saved, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: true })
  })

  it('pulls a window that hangs over an edge back inside, and shrinks one larger than the screen', () => {
    const saved = { bounds: { x: 1200, y: -10, width: 1000, height: 1200 }, maximized: false }
    expect(windowOptions(saved, [laptop])).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 1080,
      maximized: false,
    })
  })
})
