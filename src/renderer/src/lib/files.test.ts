import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorthBridge } from '../../../shared/contract'
import { hasNativeDialogs, openTextFileNative, readPickedFile, saveTextFile, savePageAsPdf } from './files'

/** The desktop-only channels as main answers them, through window.worth.invoke. */
type DesktopFake = Record<
  'file:saveText' | 'file:openText' | 'file:savePdf',
  (input: unknown) => Promise<unknown>
>

function desktopBridge(overrides: Partial<DesktopFake> = {}) {
  const answers: DesktopFake = {
    'file:saveText': vi.fn(async () => ({ ok: true, value: { saved: true, path: '/home/ada/x.json' } })),
    'file:openText': vi.fn(async () => ({ ok: true, value: { opened: true, name: 'x.json', text: '{}' } })),
    'file:savePdf': vi.fn(async () => ({ ok: true, value: { saved: true, path: '/home/ada/brief.pdf' } })),
    ...overrides,
  }
  const invoke = vi.fn((channel: keyof DesktopFake, input: unknown) => answers[channel](input))
  window.worth = { invoke: invoke as unknown as WorthBridge['invoke'] }
  return invoke
}

afterEach(() => {
  delete window.worth
  vi.restoreAllMocks()
})

describe('in the desktop app (window.worth present)', () => {
  let bridge: ReturnType<typeof desktopBridge>
  beforeEach(() => {
    bridge = desktopBridge()
  })

  it('saves through the native dialog', async () => {
    expect(hasNativeDialogs()).toBe(true)
    expect(await saveTextFile('worth-offers.json', 'json', '{"a":1}')).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ada/x.json' },
    })
    expect(bridge).toHaveBeenCalledWith('file:saveText', {
      suggestedName: 'worth-offers.json',
      kind: 'json',
      text: '{"a":1}',
    })
  })

  it('opens through the native dialog and saves the brief as PDF through main', async () => {
    expect(await openTextFileNative()).toEqual({
      ok: true,
      value: { opened: true, name: 'x.json', text: '{}' },
    })
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    expect(await savePageAsPdf('brief.pdf')).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ada/brief.pdf' },
    })
    expect(print).not.toHaveBeenCalled()
  })

  it("passes main's message on, and never throws when the bridge does", async () => {
    desktopBridge({
      'file:saveText': async () => ({
        ok: false,
        error: { code: 'internal', message: 'Worth could not save the file.' },
      }),
      'file:savePdf': async () => {
        throw new Error('gone')
      },
    })
    expect(await saveTextFile('a.csv', 'csv', 'x')).toEqual({
      ok: false,
      message: 'Worth could not save the file.',
    })
    expect(await savePageAsPdf('b.pdf')).toMatchObject({ ok: false })
  })
})

describe('in browser mode (no window.worth)', () => {
  it('saves as a download of a blob with the suggested name', async () => {
    const clicked: { download: string; href: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href })
    })
    const createObjectURL = vi.fn(() => 'blob:worth/1')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    expect(hasNativeDialogs()).toBe(false)
    expect(await saveTextFile('worth-offers.csv', 'csv', 'label\r\n')).toEqual({
      ok: true,
      value: { saved: true, path: 'worth-offers.csv' },
    })
    expect(clicked).toEqual([{ download: 'worth-offers.csv', href: 'blob:worth/1' }])
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0]
    expect(blob.type).toBe('text/csv;charset=utf-8')
    expect(await blob.text()).toBe('label\r\n')
    expect(document.querySelector('a[download]')).toBeNull()
  })

  it('reads a picked file, refusing one over 5 MB before reading it', async () => {
    const file = new File(['{"format":"worth-offers"}'], 'offers.json', { type: 'application/json' })
    expect(await readPickedFile(file)).toEqual({
      ok: true,
      value: { opened: true, name: 'offers.json', text: '{"format":"worth-offers"}' },
    })
    const huge = new File(['x'], 'huge.json')
    Object.defineProperty(huge, 'size', { value: 5_000_001 })
    const text = vi.spyOn(huge, 'text')
    expect(await readPickedFile(huge)).toEqual({
      ok: false,
      message: 'huge.json is too large to be a Worth export (over 5 MB). Nothing was imported.',
    })
    expect(text).not.toHaveBeenCalled()
  })

  it("prints with the browser's own dialog", async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    expect(await savePageAsPdf('brief.pdf')).toEqual({ ok: true, value: 'printed' })
    expect(print).toHaveBeenCalledTimes(1)
  })
})
