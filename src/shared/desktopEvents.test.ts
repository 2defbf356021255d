import { describe, expect, it } from 'vitest'
import { isDesktopEvent } from './desktopEvents'

describe('isDesktopEvent', () => {
  it('accepts the menu commands and backend events', () => {
    for (const event of [
      { type: 'open-view', view: 'compare' },
      { type: 'new-offer' },
      { type: 'import-offers' },
      { type: 'export-offers' },
      { type: 'save-brief' },
      { type: 'how-worth-estimates' },
      { type: 'backend', state: 'restarted' },
      { type: 'backend', state: 'failed' },
    ]) {
      expect(isDesktopEvent(event), JSON.stringify(event)).toBe(true)
    }
  })

  it('refuses anything else', () => {
    for (const event of [
      null,
      'open-view',
      { type: 'open-view', view: 'settings' },
      { type: 'open-view' },
      { type: 'backend', state: 'exploded' },
      { type: 'toString' },
      { type: 'constructor' },
      {},
    ]) {
      expect(isDesktopEvent(event), JSON.stringify(event)).toBe(false)
    }
  })
})
