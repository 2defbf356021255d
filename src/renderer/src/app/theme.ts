// Light or dark: Worth follows the system's colour scheme unless the user picks one (kept in this browser's or
// window's local storage). Pure helpers; useTheme.ts applies the result to <html data-theme>.

export type ThemeSetting = 'system' | 'light' | 'dark'
export const THEME_SETTINGS: readonly ThemeSetting[] = ['system', 'light', 'dark']
export const THEME_STORAGE_KEY = 'worth.theme'

export function resolveTheme(setting: ThemeSetting, systemPrefersDark: boolean): 'light' | 'dark' {
  if (setting === 'system') return systemPrefersDark ? 'dark' : 'light'
  return setting
}

/** The stored setting; anything missing, unknown or unreadable means 'system'. */
export function readThemeSetting(storage: Pick<Storage, 'getItem'> | undefined): ThemeSetting {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY)
    return THEME_SETTINGS.find((setting) => setting === value) ?? 'system'
  } catch {
    return 'system'
  }
}

/** Stores the setting ('system' clears it); a storage that refuses (private mode, full) changes nothing else. */
export function saveThemeSetting(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  setting: ThemeSetting,
): void {
  try {
    if (setting === 'system') storage?.removeItem(THEME_STORAGE_KEY)
    else storage?.setItem(THEME_STORAGE_KEY, setting)
  } catch {
    // The choice still applies for this session.
  }
}
