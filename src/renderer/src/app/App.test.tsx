import { act, render, screen, waitFor, within } from '@testing-library/react'
import { setupUser, typeFields } from '../test/clock'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { worthDb } from '../db/db'
import { OFFER_FORM_DRAFT } from '../db/drafts'
import * as api from '../lib/api'
import { saveOffer } from '../db/offers'
import { AUSTIN, SEATTLE } from '../../../../test/fixtures/offers'
import {
  REGISTERED_NURSE_CLEVELAND,
  SOFTWARE_DEVELOPER_SEATTLE,
  SOFTWARE_ENGINEER_US_OFFER_ESTIMATE,
} from '../../../../test/fixtures/replies'
import { App } from './App'
import { preloadViews } from './views'
import { UNTIL_SHOWN } from '../test/waits'
import { textsOf } from '../test/shown'
import { answerEachTest, failure } from '../test/apiMock'
import type { DatasetInfo } from '../../../shared/types'

vi.mock('../lib/api', () => import('../test/apiMock'))

const SLOW = UNTIL_SHOWN

const NO_DATA = failure('no-data', undefined, 'No data.')
const DATASET: DatasetInfo = {
  version: '2024.05-1',
  occupations: 831,
  areas: 565,
  titles: 58210,
  places: 31120,
  sources: [
    {
      id: 'bls-oews',
      publisher: 'U.S. Bureau of Labor Statistics',
      title: '',
      release: 'May 2024',
      licence: '',
      use: '',
    },
    {
      id: 'dol-oflc',
      publisher: 'U.S. Department of Labor',
      title: '',
      release: 'Wage year July 2025 - June 2026',
      licence: '',
      use: '',
    },
  ],
}

// The views other than My offer load on first use; load their code before the clock of any test starts.
beforeAll(() => preloadViews(), 60_000)

answerEachTest(
  {
    estimateOffer: async () => NO_DATA,
    roleInsights: async () => NO_DATA,
    negotiateOffer: async () => NO_DATA,
    datasetInfo: async () => ({ ok: true, value: DATASET }),
  },
  'empty',
)
beforeEach(async () => {
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
  window.worthDesktop = undefined
  await worthDb().drafts.clear()
})

describe('App', () => {
  it('shows the header, the views and the dataset', async () => {
    render(<App />)
    expect(screen.getByRole('heading', { level: 1, name: 'Worth' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Views' })
    expect(textsOf(nav, 'button')).toEqual([
      'My offer',
      'Market insights',
      'My offers',
      'Compare',
      'Negotiate',
    ])
    expect(screen.getByRole('button', { name: 'My offer' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('heading', { name: 'Your offer' })).toBeInTheDocument()
    await screen.findByText(/Data: BLS OEWS May 2024, DOL OFLC 2025-26 — 831 occupations in 565 areas\./)
    expect(screen.queryByText('Loading the wage data…')).not.toBeInTheDocument()
    expect(vi.mocked(api.datasetInfo)).toHaveBeenCalledTimes(1)
  })

  it('opens an offer Compare cannot use in the My offers editor from its Edit button', async () => {
    await worthDb().offers.clear()
    const portland = { ...AUSTIN, id: 'portland', label: 'Portland', location: 'Portland' }
    for (const offer of [SEATTLE, AUSTIN, portland]) await saveOffer(offer)
    vi.mocked(api.checkOffer).mockImplementation(async ({ offer }) => ({
      ok: true,
      value: {
        problems:
          offer.id === 'portland'
            ? [{ field: 'location' as const, message: 'Portland needs its state.' }]
            : [],
      },
    }))
    const user = setupUser()
    render(<App />)
    await user.click(screen.getByRole('button', { name: 'Compare' }))
    await user.click(await screen.findByRole('button', { name: 'Edit Portland to fix it' }, SLOW))
    expect(await screen.findByRole('heading', { name: 'Edit “Portland”' }, SLOW)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'My offers' })).toHaveAttribute('aria-current', 'page')
    const place = screen.getByRole('combobox', { name: 'Location' })
    expect(place).toHaveValue('Portland')
    await waitFor(() => expect(place).toHaveAccessibleDescription(/Portland needs its state\./))
  })

  it('switches between views as more are added', async () => {
    const user = setupUser()
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
    const user = setupUser()
    const first = render(<App />)
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'Austin, TX')
    await user.type(screen.getByLabelText('Base salary'), '120k')
    await waitFor(
      async () =>
        expect((await worthDb().drafts.get(OFFER_FORM_DRAFT))?.value).toMatchObject({
          fields: { base: '120k' },
        }),
      SLOW,
    )
    first.unmount()

    render(<App />)
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Austin, TX'))
    expect(screen.getByLabelText('Base salary')).toHaveValue('120k')
  })

  it('opens Market insights for the offer’s title and place in one click', async () => {
    vi.mocked(api.estimateOffer).mockResolvedValue({ ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE })
    vi.mocked(api.roleInsights).mockImplementation(async () => ({
      ok: true,
      value: SOFTWARE_DEVELOPER_SEATTLE,
    }))
    const user = setupUser()
    render(<App />)
    await typeFields(user, {
      'Job title': 'Software engineer',
      Location: 'United States',
      'Base salary': '150000',
    })
    // Pick the runner-up occupation, so the link must carry the SOC too.
    await user.click(await screen.findByRole('button', { name: 'Computer Programmers (SOC 15-1251)' }, SLOW))
    await waitFor(() => expect(vi.mocked(api.estimateOffer).mock.lastCall?.[0].soc).toBe('15-1251'), SLOW)
    await screen.findByRole('button', { name: 'Worth’s best match for your title' }, SLOW)

    await user.click(
      screen.getByRole('button', {
        name: 'See market insights for Software Developers in the United States',
      }),
    )

    expect(screen.getByRole('button', { name: 'Market insights' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('main')).toHaveFocus()
    // The view's code loads on first use.
    expect(await screen.findByRole('combobox', { name: 'Job title' }, SLOW)).toHaveValue('Software engineer')
    expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('United States')
    await waitFor(
      () =>
        expect(vi.mocked(api.roleInsights)).toHaveBeenLastCalledWith({
          title: 'Software engineer',
          soc: '15-1251',
          location: 'United States',
        }),
      SLOW,
    )
    await within(screen.getByRole('status')).findByText(
      'Market insights for Software Developers in Seattle-Tacoma-Bellevue, WA',
      {},
      SLOW,
    )
  })

  it('keeps what was typed in Market insights when switching views', async () => {
    vi.mocked(api.roleInsights).mockImplementation(async () => ({
      ok: true,
      value: REGISTERED_NURSE_CLEVELAND,
    }))
    const user = setupUser()
    render(<App />)
    await user.click(screen.getByRole('button', { name: 'Market insights' }))
    await user.type(await screen.findByRole('combobox', { name: 'Job title' }, SLOW), 'Registered Nurse')
    await user.type(screen.getByRole('combobox', { name: 'Location' }), 'Cleveland, OH')
    await within(screen.getByRole('status')).findByText(
      'Market insights for Registered Nurses in Cleveland, OH',
      {},
      SLOW,
    )
    await user.click(screen.getByRole('button', { name: 'My offer' }))
    expect(screen.getByRole('heading', { name: 'Your offer' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Market insights' }))
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Registered Nurse'),
    )
    expect(screen.getByRole('combobox', { name: 'Location' })).toHaveValue('Cleveland, OH')
  })

  it('keeps the view in the URL hash and the window title; back and reload keep it', async () => {
    const user = setupUser()
    const first = render(<App />)
    expect(window.location.hash).toBe('#/offer')
    expect(document.title).toBe('My offer — Worth')
    await user.click(screen.getByRole('button', { name: 'Compare' }))
    expect(window.location.hash).toBe('#/compare')
    expect(document.title).toBe('Compare — Worth')
    first.unmount()

    // A reload starts on the view in the URL.
    render(<App />)
    expect(screen.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-current', 'page')
    // Back: the hash changes, the view follows.
    window.location.hash = '#/offer'
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'My offer' })).toHaveAttribute('aria-current', 'page'),
    )
    expect(document.title).toBe('My offer — Worth')
  })

  it('switches views with Ctrl/Cmd+1..5 and Alt+1..5', async () => {
    const user = setupUser()
    render(<App />)
    await user.keyboard('{Control>}4{/Control}')
    expect(screen.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-current', 'page')
    await user.keyboard('{Alt>}2{/Alt}')
    expect(screen.getByRole('button', { name: 'Market insights' })).toHaveAttribute('aria-current', 'page')
    await user.keyboard('{Meta>}1{/Meta}')
    expect(screen.getByRole('button', { name: 'My offer' })).toHaveAttribute('aria-current', 'page')
    await user.keyboard('3')
    expect(screen.getByRole('button', { name: 'My offer' })).toHaveAttribute('aria-current', 'page')
  })

  it('follows the system theme, and keeps a chosen one', async () => {
    const user = setupUser()
    const dark = vi.fn(() => ({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() }))
    vi.stubGlobal('matchMedia', dark)
    try {
      const first = render(<App />)
      expect(document.documentElement.dataset['theme']).toBe('dark')
      await user.selectOptions(screen.getByLabelText('Appearance'), 'Light')
      expect(document.documentElement.dataset['theme']).toBe('light')
      first.unmount()
      render(<App />)
      expect(screen.getByLabelText('Appearance')).toHaveValue('light')
      expect(document.documentElement.dataset['theme']).toBe('light')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('answers the desktop menu: views, a command that presses the page’s button, and backend news', async () => {
    let send: (event: unknown) => void = () => {}
    const stop = vi.fn()
    window.worthDesktop = {
      onDesktopEvent: (listener) => {
        send = listener as (event: unknown) => void
        return stop
      },
    }
    const view = render(<App />)
    act(() => send({ type: 'open-view', view: 'negotiate' }))
    expect(screen.getByRole('button', { name: 'Negotiate' })).toHaveAttribute('aria-current', 'page')
    act(() => send({ type: 'open-view', view: 'nowhere' }))
    expect(screen.getByRole('button', { name: 'Negotiate' })).toHaveAttribute('aria-current', 'page')

    // How Worth estimates: My offer, with the explanation opened and focused.
    act(() => send({ type: 'how-worth-estimates' }))
    await waitFor(() =>
      expect(screen.getByText('How Worth estimates', { selector: 'summary' })).toHaveFocus(),
    )
    expect(screen.getByRole('button', { name: 'My offer' })).toHaveAttribute('aria-current', 'page')
    expect(document.getElementById('how-worth-estimates')).toHaveAttribute('open')

    // Saving a brief with no counter-offer worked out says what to do first.
    act(() => send({ type: 'save-brief' }))
    expect(
      await screen.findByText(/Work out a counter-offer in Negotiate first/, {}, { timeout: 5000 }),
    ).toBeInTheDocument()

    act(() => send({ type: 'backend', state: 'restarted' }))
    expect(await screen.findByText(/data engine stopped and was started again/)).toBeInTheDocument()
    act(() => send({ type: 'backend', state: 'failed' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Worth stopped working')
    expect(screen.getByText(/saved offers and what you were typing are kept/)).toBeInTheDocument()
    view.unmount()
    expect(stop).toHaveBeenCalled()
  })
})
