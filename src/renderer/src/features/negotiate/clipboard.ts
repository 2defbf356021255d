// Copying a script to the clipboard. Never throws: the answer is a sentence to show in a live region.

export type CopyOutcome = { ok: true; message: string } | { ok: false; message: string }

const SELECT_INSTEAD = 'Select the text in the box and press Ctrl+C (⌘C on a Mac) to copy it yourself.'

/** The browser's clipboard, or null where there is none (an insecure page, an old browser). */
function systemClipboard(): Clipboard | null {
  return typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : null
}

/** Writes `text` to the clipboard; `what` names it in the confirmation ("the email script"). */
export async function copyToClipboard(
  text: string,
  what: string,
  clipboard: Clipboard | null = systemClipboard(),
): Promise<CopyOutcome> {
  if (!clipboard || typeof clipboard.writeText !== 'function') {
    return { ok: false, message: `Copying is not available here. ${SELECT_INSTEAD}` }
  }
  try {
    await clipboard.writeText(text)
    return { ok: true, message: `Copied ${what} to the clipboard.` }
  } catch {
    return { ok: false, message: `Worth could not copy to the clipboard. ${SELECT_INSTEAD}` }
  }
}
