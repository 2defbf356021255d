// The light and dark themes keep WCAG AA contrast: text colours at least 4.5:1 on the page and card backgrounds,
// chart lines and axes at least 3:1 (non-text graphics). Read from the stylesheets themselves.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const STYLES = join(__dirname, '..', '..', 'src', 'renderer', 'src', 'styles')

/** The custom properties of the first rule whose selector is exactly `selector`. */
function variables(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no rule ${selector}`)
  const body = css.slice(start, css.indexOf('}', start))
  return new Map(
    [...body.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  )
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const appCss = readFileSync(join(STYLES, 'app.css'), 'utf8')
const themeCss = readFileSync(join(STYLES, 'theme.css'), 'utf8')
const light = new Map([...variables(appCss, ':root'), ...variables(themeCss, ':root')])
const dark = new Map([...light, ...variables(themeCss, ":root[data-theme='dark']")])

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, v) => {
  const get = (name: string) => {
    const value = v.get(name)
    if (!value) throw new Error(`${name} is not set`)
    return value
  }

  it('has text at 4.5:1 or more on the page and on cards', () => {
    for (const text of ['--ink', '--ink-soft', '--ink-muted', '--accent', '--error', '--offer', '--good-ink'])
      for (const background of ['--paper', '--canvas'])
        expect(contrast(get(text), get(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5)
    expect(contrast(get('--accent-ink'), get('--accent')), 'button text').toBeGreaterThanOrEqual(4.5)
    expect(contrast(get('--accent'), get('--accent-soft')), 'accent on its tint').toBeGreaterThanOrEqual(4.5)
  })

  it('draws chart lines and axes at 3:1 or more on cards', () => {
    for (const line of [
      '--chart-axis',
      '--chart-main',
      '--chart-offer',
      '--chart-green',
      '--chart-percentile',
    ])
      expect(contrast(get(line), get('--paper')), line).toBeGreaterThanOrEqual(3)
  })
})

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#1d4ed8', '#1d4ed8')).toBe(1)
  })
})
