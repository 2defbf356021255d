// Applies the theme to <html data-theme="light|dark"> and follows the system's scheme while the setting is 'system'.
import { useCallback, useEffect, useState } from 'react'
import { readThemeSetting, resolveTheme, saveThemeSetting, type ThemeSetting } from './theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
}

export function useTheme(): [ThemeSetting, (setting: ThemeSetting) => void] {
  const [setting, setSetting] = useState<ThemeSetting>(() => readThemeSetting(storage()))
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark)

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return
    const query = window.matchMedia(DARK_QUERY)
    const onChange = (): void => setPrefersDark(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])

  useEffect(() => {
    document.documentElement.dataset['theme'] = resolveTheme(setting, prefersDark)
  }, [setting, prefersDark])

  const choose = useCallback((next: ThemeSetting) => {
    saveThemeSetting(storage(), next)
    setSetting(next)
  }, [])
  return [setting, choose]
}
