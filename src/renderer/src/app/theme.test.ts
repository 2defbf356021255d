import { describe, expect, it } from 'vitest'
import { readThemeSetting, resolveTheme, saveThemeSetting, THEME_STORAGE_KEY } from './theme'

function memory(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  }
}

describe('resolveTheme', () => {
  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)(
    'follows the system unless the user chose: %s with a dark system %s is %s',
    (setting, dark, theme) => {
      expect(resolveTheme(setting, dark)).toBe(theme)
    },
  )
})

describe('readThemeSetting and saveThemeSetting', () => {
  it('keep a choice, forget "system", and read anything else as "system"', () => {
    const s = memory()
    expect(readThemeSetting(s)).toBe('system')
    saveThemeSetting(s, 'dark')
    expect(s.getItem(THEME_STORAGE_KEY)).toBe('dark')
    expect(readThemeSetting(s)).toBe('dark')
    saveThemeSetting(s, 'system')
    expect(s.getItem(THEME_STORAGE_KEY)).toBeNull()
    s.setItem(THEME_STORAGE_KEY, 'purple')
    expect(readThemeSetting(s)).toBe('system')
    expect(readThemeSetting(undefined)).toBe('system')
  })

  it('survive a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(readThemeSetting(broken)).toBe('system')
    expect(() => saveThemeSetting(broken, 'dark')).not.toThrow()
  })
})
