import { describe, expect, it, vi } from 'vitest'
import { copyToClipboard } from './clipboard'

describe('copyToClipboard', () => {
  it('writes the text and confirms', async () => {
    const writeText = vi.fn(async () => undefined)
    const outcome = await copyToClipboard('Hello', 'the email script', { writeText } as unknown as Clipboard)
    expect(writeText).toHaveBeenCalledWith('Hello')
    expect(outcome).toEqual({ ok: true, message: 'Copied the email script to the clipboard.' })
  })

  it('says what to do when there is no clipboard or it refuses', async () => {
    expect(await copyToClipboard('x', 'it', null)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Copying is not available here\. Select the text/),
    })
    const refusing = {
      writeText: vi.fn(async () => Promise.reject(new Error('denied'))),
    } as unknown as Clipboard
    expect((await copyToClipboard('x', 'it', refusing)).message).toMatch(/^Worth could not copy/)
  })
})
