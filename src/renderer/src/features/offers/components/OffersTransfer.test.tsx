// Export and import on the desktop, where main shows the native dialogs (window.worth.invoke('file:…')).
import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Reply } from '../../../../../shared/contract'
import type { OpenOutcome, SaveOutcome } from '../../../../../shared/desktop'
import { readOffersExport, writeOffersExport } from '../../../../../shared/offer'
import { listOffers, saveOffer } from '../../../db/offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../../test/fixtures/offers'
import { OffersTransfer } from './OffersTransfer'
import { setupUser } from '../../../test/clock'
import { startEachTestWithEmptyDatabase } from '../../../test/emptyDatabase'

type OpenText = () => Promise<Reply<OpenOutcome>>

function fakeDesktop(openText: OpenText) {
  const bridge = {
    saveText: vi.fn(
      async ({
        suggestedName,
      }: {
        suggestedName: string
        kind: string
        text: string
      }): Promise<Reply<SaveOutcome>> => ({
        ok: true,
        value: { saved: true, path: `/home/me/${suggestedName}` },
      }),
    ),
    openText: vi.fn(openText),
  }
  window.worth = {
    invoke: (async (channel: string, input: never) =>
      channel === 'file:saveText' ? bridge.saveText(input) : bridge.openText()) as never,
  }
  return bridge
}

startEachTestWithEmptyDatabase()

afterEach(() => {
  delete window.worth
})

describe('OffersTransfer on the desktop', () => {
  it('saves JSON and CSV exports through the native dialog', async () => {
    const bridge = fakeDesktop(async () => ({ ok: true, value: { opened: false } }))
    const user = setupUser()
    render(<OffersTransfer offers={[SEATTLE, AUSTIN]} onImported={() => undefined} />)
    expect(screen.queryByLabelText('Import offers from a JSON export')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Export JSON' }))
    const json = vi.mocked(bridge.saveText).mock.lastCall![0]
    expect(json.kind).toBe('json')
    expect(json.suggestedName).toMatch(/^worth-offers-\d{4}-\d{2}-\d{2}\.json$/)
    expect(readOffersExport(json.text)).toEqual({ ok: true, offers: [SEATTLE, AUSTIN] })
    await screen.findByText(/^Exported 2 offers to \/home\/me\/worth-offers-.*\.json\.$/)

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const csv = vi.mocked(bridge.saveText).mock.lastCall![0]
    expect(csv.kind).toBe('csv')
    expect(csv.text.split('\r\n')[0]).toMatch(/^label,company,title,location,/)
    expect(csv.text).toContain('Seattle,Northwind,Software Developer,"Seattle, WA",5,165000,10%')
  })

  it('imports a file picked in the native dialog, and does nothing when the dialog is cancelled', async () => {
    await saveOffer(SEATTLE)
    const text = writeOffersExport([SAN_FRANCISCO, AUSTIN], new Date('2026-11-28T12:00:00Z'))
    let answer: Reply<OpenOutcome> = { ok: true, value: { opened: false } }
    fakeDesktop(async () => answer)
    const onImported = vi.fn()
    const user = setupUser()
    render(<OffersTransfer offers={[SEATTLE]} onImported={onImported} />)

    await user.click(screen.getByRole('button', { name: 'Import JSON…' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import JSON…' })).toBeEnabled())
    expect(onImported).not.toHaveBeenCalled()
    expect(await listOffers()).toEqual([SEATTLE])

    answer = { ok: true, value: { opened: true, name: 'offers.json', text } }
    await user.click(screen.getByRole('button', { name: 'Import JSON…' }))
    await screen.findByText('Imported offers.json: 2 offers added.')
    expect(onImported).toHaveBeenCalledTimes(1)
    expect(await listOffers()).toEqual([SEATTLE, SAN_FRANCISCO, AUSTIN])
  })

  it('shows a dialog failure without changing anything', async () => {
    fakeDesktop(async () => ({
      ok: false,
      error: { code: 'internal', message: 'Worth could not open the file. Please try again.' },
    }))
    const user = setupUser()
    render(<OffersTransfer offers={[]} onImported={() => undefined} />)
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Import JSON…' }))
    await screen.findByText('Worth could not open the file. Please try again.')
    expect(await listOffers()).toEqual([])
  })
})
