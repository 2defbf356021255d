// Choosing and editing the counter-offer scripts: which draft the user is looking at, the text shown for it, and
// the edits the user made, kept while the inputs behind the scripts stay the same. Pure.
import type { ScriptDraft } from '../../../../shared/negotiate'

export type ScriptChannel = ScriptDraft['channel']
export type ScriptTone = ScriptDraft['tone']

export const CHANNEL_LABELS: Record<ScriptChannel, string> = { email: 'Email', phone: 'Phone call' }
export const TONE_LABELS: Record<ScriptTone, string> = { warm: 'Warm', direct: 'Direct', brief: 'Brief' }

const CHANNEL_ORDER: readonly ScriptChannel[] = ['email', 'phone']
const TONE_ORDER: readonly ScriptTone[] = ['warm', 'direct', 'brief']

export interface ScriptChoice {
  channel: ScriptChannel
  tone: ScriptTone
}

/** The channels the scripts cover, in a fixed order. */
export function scriptChannels(scripts: readonly ScriptDraft[]): ScriptChannel[] {
  return CHANNEL_ORDER.filter((channel) => scripts.some((script) => script.channel === channel))
}

/** The tones there are for a channel, in a fixed order. */
export function scriptTones(scripts: readonly ScriptDraft[], channel: ScriptChannel): ScriptTone[] {
  return TONE_ORDER.filter((tone) =>
    scripts.some((script) => script.channel === channel && script.tone === tone),
  )
}

/** The script for the choice, or the nearest one there is (same channel first), or null when there are none. */
export function pickScript(scripts: readonly ScriptDraft[], choice: ScriptChoice): ScriptDraft | null {
  return (
    scripts.find((script) => script.channel === choice.channel && script.tone === choice.tone) ??
    scripts.find((script) => script.channel === choice.channel) ??
    scripts[0] ??
    null
  )
}

/** The text to edit and copy: an email starts with its subject line. */
export function scriptText(script: ScriptDraft): string {
  return script.channel === 'email' && script.subject
    ? `Subject: ${script.subject}\n\n${script.body}`
    : script.body
}

export function scriptId(script: Pick<ScriptDraft, 'channel' | 'tone'>): string {
  return `${script.channel}-${script.tone}`
}

/** The user's edits to the scripts, valid for the inputs the scripts were written from (`basis`). */
export interface ScriptEdits {
  basis: string | null
  texts: Record<string, string>
}

export const NO_EDITS: ScriptEdits = { basis: null, texts: {} }

/** What the textarea shows: the user's edit when it was made for these inputs, else the script as written. */
export function shownScriptText(edits: ScriptEdits, basis: string, script: ScriptDraft): string {
  const edited = edits.basis === basis ? edits.texts[scriptId(script)] : undefined
  return edited ?? scriptText(script)
}

/** Records an edit; edits made for other inputs are dropped, since their numbers no longer hold. */
export function editScript(
  edits: ScriptEdits,
  basis: string,
  script: ScriptDraft,
  text: string,
): ScriptEdits {
  const texts = edits.basis === basis ? edits.texts : {}
  return { basis, texts: { ...texts, [scriptId(script)]: text } }
}

/** True when the text shown differs from the script as written. */
export function isEdited(edits: ScriptEdits, basis: string, script: ScriptDraft): boolean {
  return shownScriptText(edits, basis, script) !== scriptText(script)
}
