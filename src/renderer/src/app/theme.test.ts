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
  it('follows the system unless the user chose', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })
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
