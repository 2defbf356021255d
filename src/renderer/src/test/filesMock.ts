// One stand-in for lib/files.ts in component tests that print the brief: no native dialogs (browser mode), and
// "Save as PDF" answers that the page went to the print dialog. A test file mocks lib/files with
//   vi.mock('<relative path>/lib/files', () => import('<relative path>/test/filesMock'))
import { vi } from 'vitest'
import type * as Files from '../lib/files'

export const hasNativeDialogs = vi.fn<typeof Files.hasNativeDialogs>(() => false)
export const savePageAsPdf = vi.fn<typeof Files.savePageAsPdf>(async () => ({ ok: true, value: 'printed' }))
