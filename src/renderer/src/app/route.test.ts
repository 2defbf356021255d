import { describe, expect, it } from 'vitest'
import { VIEW_IDS } from '../../../shared/desktopEvents'
import { VIEWS } from './views'
import { hashFor, pageTitle, viewForShortcut, viewFromHash } from './route'

const ids = VIEWS.map((view) => view.id)
const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('views', () => {
  it('are the same, in the same order, as the desktop menu lists them', () => {
    expect(ids).toEqual([...VIEW_IDS])
  })
})

describe('viewFromHash and hashFor', () => {
  it('round-trip every view, and ignore anchors and unknown views', () => {
    for (const id of ids) expect(viewFromHash(hashFor(id), ids)).toBe(id)
  })

  it.each(['', '#', '#main', '#how-worth-estimates', '#/settings', '#/compare/x', '#/constructor'])(
    'ignores the anchor or unknown view %j',
    (hash) => {
      expect(viewFromHash(hash, ids)).toBeNull()
    },
  )
})

describe('pageTitle', () => {
  it('names the view, then Worth', () => {
    expect(pageTitle('Compare')).toBe('Compare — Worth')
    expect(pageTitle(undefined)).toBe('Worth')
  })
})

describe('viewForShortcut', () => {
  it('maps Ctrl, Cmd or Alt with 1..5 to the views in order', () => {
    expect(viewForShortcut(key('1', { ctrlKey: true }), ids)).toBe('offer')
    expect(viewForShortcut(key('4', { metaKey: true }), ids)).toBe('compare')
    expect(viewForShortcut(key('5', { altKey: true }), ids)).toBe('negotiate')
  })

  it('ignores plain digits, Shift, two modifiers, digits past the last view and other keys', () => {
    expect(viewForShortcut(key('1', {}), ids)).toBeNull()
    expect(viewForShortcut(key('1', { ctrlKey: true, shiftKey: true }), ids)).toBeNull()
    expect(viewForShortcut(key('1', { ctrlKey: true, altKey: true }), ids)).toBeNull()
    expect(viewForShortcut(key('6', { ctrlKey: true }), ids)).toBeNull()
    expect(viewForShortcut(key('0', { ctrlKey: true }), ids)).toBeNull()
    expect(viewForShortcut(key('a', { ctrlKey: true }), ids)).toBeNull()
  })
})
