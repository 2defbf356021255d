import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { worthDb } from '../db/db'
import { OFFER_FORM_DRAFT } from '../db/drafts'
import * as api from '../lib/api'
import { App } from './App'

vi.mock('../lib/api', () => ({
  searchTitles: vi.fn(async () => ({ ok: true, value: { query: '', suggestions: [], occupations: [] } })),
  searchLocations: vi.fn(async () => ({ ok: true, value: { query: '', matches: [], ambiguous: false } })),
  estimateOffer: vi.fn(async () => ({ ok: false, error: { code: 'no-data', message: 'No data.' } })),
  datasetInfo: vi.fn(async () => ({
    ok: true,
    value: {
      version: '2024.05-1',
      occupations: 831,
      areas: 565,
      titles: 58210,
      places: 31120,
      sources: [
        {
          id: 'bls',
          publisher: 'U.S. Bureau of Labor Statistics',
          title: '',
          release: '',
          licence: '',
          use: '',
        },
      ],
    },
  })),
}))

beforeEach(async () => {
  await worthDb().drafts.clear()
})

describe('App', () => {
  it('shows the header, the one view that exists and the dataset', async () => {
    render(<App />)
    expect(screen.getByRole('heading', { level: 1, name: 'Worth' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Views' })
    expect(nav).toHaveTextContent('My offer')
    expect(screen.getByRole('button', { name: 'My offer' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('heading', { name: 'Your offer' })).toBeInTheDocument()
    await screen.findByText(/Worth dataset 2024\.05-1 — 831 occupations, 565 areas/)
    expect(vi.mocked(api.datasetInfo)).toHaveBeenCalledTimes(1)
  })

  it('switches between views as more are added', async () => {
    const user = userEvent.setup()
    render(
      <App
        views={[
          { id: 'a', label: 'First', render: () => <p>first view</p> },
          { id: 'b', label: 'Second', render: () => <p>second view</p> },
        ]}
      />,
    )
    expect(screen.getByText('first view')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Second' }))
    expect(screen.getByText('second view')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Second' })).toHaveAttribute('aria-current', 'page')
  })

  it('keeps the offer form in the local database across a restart', async () => {
    const user = userEvent.setup()
    const first = render(<App />)
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'Austin, TX')
    await user.type(screen.getByLabelText('Base salary'), '120k')
    await waitFor(
      async () =>
        expect((await worthDb().drafts.get(OFFER_FORM_DRAFT))?.value).toMatchObject({
          fields: { base: '120k' },
        }),
      { timeout: 2000 },
    )
    first.unmount()

    render(<App />)
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Austin, TX'))
    expect(screen.getByLabelText('Base salary')).toHaveValue('120k')
  })
})
