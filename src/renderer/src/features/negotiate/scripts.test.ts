import { describe, expect, it } from 'vitest'
import { SEATTLE_COUNTER_NEGOTIATION } from '../../../../../test/fixtures/replies'
import {
  editScript,
  isEdited,
  NO_EDITS,
  pickScript,
  scriptChannels,
  scriptText,
  scriptTones,
  shownScriptText,
} from './scripts'

const email = SEATTLE_COUNTER_NEGOTIATION.scripts[0]!
const phone = SEATTLE_COUNTER_NEGOTIATION.scripts[3]!

describe('scripts', () => {
  it('lists channels and tones in a fixed order', () => {
    expect(scriptChannels([phone, email])).toEqual(['email', 'phone'])
    expect(scriptTones(SEATTLE_COUNTER_NEGOTIATION.scripts, 'phone')).toEqual(['warm', 'direct', 'brief'])
    expect(scriptTones([email], 'phone')).toEqual([])
  })

  it('picks the chosen script, or the nearest there is', () => {
    expect(pickScript(SEATTLE_COUNTER_NEGOTIATION.scripts, { channel: 'phone', tone: 'direct' })).toBe(
      SEATTLE_COUNTER_NEGOTIATION.scripts[4],
    )
    expect(pickScript([email, phone], { channel: 'phone', tone: 'brief' })).toBe(phone)
    expect(pickScript([phone], { channel: 'email', tone: 'warm' })).toBe(phone)
    expect(pickScript([], { channel: 'email', tone: 'warm' })).toBeNull()
  })

  it('starts an email with its subject line; a phone script is the body alone', () => {
    expect(scriptText(email)).toBe(`Subject: ${email.subject}\n\n${email.body}`)
    expect(scriptText(phone)).toBe(phone.body)
  })

  it('keeps edits while the inputs stay the same and drops them when they change', () => {
    const edited = editScript(NO_EDITS, 'inputs-1', email, 'My own words')
    expect(shownScriptText(edited, 'inputs-1', email)).toBe('My own words')
    expect(isEdited(edited, 'inputs-1', email)).toBe(true)
    // Other scripts are untouched.
    expect(shownScriptText(edited, 'inputs-1', phone)).toBe(phone.body)
    // New inputs: the script as written, and a new edit forgets the old ones.
    expect(shownScriptText(edited, 'inputs-2', email)).toBe(scriptText(email))
    const again = editScript(edited, 'inputs-2', phone, 'Call notes')
    expect(again.texts).toEqual({ 'phone-warm': 'Call notes' })
    expect(isEdited(editScript(edited, 'inputs-1', email, scriptText(email)), 'inputs-1', email)).toBe(false)
  })
})
