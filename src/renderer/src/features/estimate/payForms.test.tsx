// Pay as people write it in every form that takes pay: My offer, Negotiate and the My offers editor read it with the
// one shared reader (src/shared/pay.ts), say how a converted amount was read, and ask about a slip.
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { memoryDraftStore } from '../../db/drafts'
import * as api from '../../lib/api'
import { SOFTWARE_ENGINEER_US_OFFER_ESTIMATE } from '../../../../../test/fixtures/replies'
import { INITIAL_NEGOTIATE_FORM, readNegotiateForm } from '../negotiate/negotiateForm'
import { EMPTY_EDITOR, readEditor } from '../offers/offerEditor'
import { OfferView } from './components/OfferView'
import { INITIAL_OFFER_FORM, readOfferForm } from './offerForm'
import { setupUser, typeFields } from '../../test/clock'
import { UNTIL_SHOWN } from '../../test/waits'
import { answerEachTest } from '../../test/apiMock'

vi.mock('../../lib/api', () => import('../../test/apiMock'))
const mockedApi = vi.mocked(api)
const SLOW = UNTIL_SHOWN

answerEachTest({ estimateOffer: async () => ({ ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE }) })

/** My offer with the title and place typed in, ready for pay. */
async function openForkliftOffer() {
  const user = setupUser()
  render(<OfferView draftStore={memoryDraftStore()} />)
  await typeFields(user, { 'Job title': 'Forklift Operator', Location: 'United States' })
  return user
}

const offerWith = (base: string, bonus = '') =>
  readOfferForm({
    ...INITIAL_OFFER_FORM,
    fields: {
      ...INITIAL_OFFER_FORM.fields,
      title: 'Forklift Operator',
      location: 'United States',
      base,
      bonus,
    },
  })

describe('My offer reads pay as people write it', () => {
  it.each([
    ['150000', 150000],
    ['150,000', 150000],
    ['150k', 150000],
    ['$150K', 150000],
    ['45/hr', 93600],
    ['$45 an hour', 93600],
    ['45 hourly', 93600],
  ])('base %s -> %d a year', (text, yearly) => {
    expect(offerWith(text).request?.base).toBe(yearly)
  })

  it('says how an hourly base became yearly, and reads a bonus of 15% of base', () => {
    const reading = offerWith('45/hr', '15%')
    expect(reading.notes).toEqual({
      base: '= $93,600 a year (45 × 2,080 hours)',
      bonus: '= $14,040 a year (15% of $93,600 base)',
    })
    expect(reading.request).toMatchObject({ base: 93600, bonus: 14040 })
  })

  it('asks about a slip instead of estimating', () => {
    const reading = offerWith('45')
    expect(reading.request).toBeNull()
    expect(reading.errors.base).toMatch(
      /^Base salary of \$45 a year looks like a slip\. Did you mean \$45 an hour/,
    )
    expect(offerWith('150k', '15').errors.bonus).toMatch(/Did you mean 15% of base/)
  })

  it('shows the conversion beside the field and sends the yearly amount', async () => {
    const user = await openForkliftOffer()
    const base = screen.getByLabelText('Base salary')
    await user.type(base, '$45 an hour')
    await user.type(screen.getByLabelText('Annual bonus'), '10%')
    expect(base).toHaveAccessibleDescription('= $93,600 a year (45 × 2,080 hours)')
    expect(screen.getByLabelText('Annual bonus')).toHaveAccessibleDescription(
      '= $9,360 a year (10% of $93,600 base)',
    )
    await waitFor(
      () => expect(mockedApi.estimateOffer.mock.lastCall?.[0]).toMatchObject({ base: 93600, bonus: 9360 }),
      SLOW,
    )
  })

  it('shows the slip question on the field and asks the backend nothing for it', async () => {
    const user = await openForkliftOffer()
    const base = screen.getByLabelText('Base salary')
    await user.type(base, '45')
    expect(base).toHaveAccessibleDescription(/looks like a slip\. Did you mean \$45 an hour/)
    expect(base).toHaveAttribute('aria-invalid', 'true')
    expect(mockedApi.estimateOffer.mock.calls.every(([input]) => input.base !== 45)).toBe(true)
  })
})

describe('Negotiate reads pay the same way', () => {
  const negotiate = (fields: Partial<typeof INITIAL_NEGOTIATE_FORM.fields>) =>
    readNegotiateForm({
      ...INITIAL_NEGOTIATE_FORM,
      fields: { ...INITIAL_NEGOTIATE_FORM.fields, title: 'Nurse', location: 'Ohio', ...fields },
    })

  it('takes an hourly base, a bonus in %, and an hourly ask', () => {
    const reading = negotiate({ base: '$45 an hour', bonus: '15%', ask: '50/hr' })
    expect(reading.request).toMatchObject({ base: 93600, bonus: 14040, ask: 104000 })
    expect(reading.notes.base).toBe('= $93,600 a year (45 × 2,080 hours)')
    expect(reading.notes.ask).toBe('= $104,000 a year (50 × 2,080 hours)')
  })

  it('asks about a slip and refuses a % bonus without a base', () => {
    expect(negotiate({ base: '45' }).errors.base).toMatch(/looks like a slip/)
    expect(negotiate({ base: '', bonus: '15%' }).errors.bonus).toMatch(/needs a base salary/)
  })
})

describe('the My offers editor reads pay the same way', () => {
  const edit = (fields: Partial<typeof EMPTY_EDITOR>) =>
    readEditor({ ...EMPTY_EDITOR, label: 'A', title: 'Nurse', location: 'Ohio', equityYears: '4', ...fields })

  it('takes an hourly base and a bonus typed as 15% (kept as a percentage of base)', () => {
    const reading = edit({ base: '45 hourly', bonus: '15%' })
    expect(reading.errors).toEqual({})
    expect(reading.content).toMatchObject({ base: 93600, bonus: { kind: 'percent', value: 15 } })
  })

  it('asks about a slip', () => {
    expect(edit({ base: '45' }).errors.base).toMatch(/looks like a slip/)
  })
})
