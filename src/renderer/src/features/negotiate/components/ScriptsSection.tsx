// Email and phone scripts filled with the user's numbers: choose the channel and the tone, edit the text, copy it.
// Edits live in the view (not here) so they survive a visit to the brief; they hold while the inputs stay the same.
import { useState } from 'react'
import type { ScriptDraft } from '../../../../../shared/negotiate'
import { copyToClipboard } from '../clipboard'
import {
  CHANNEL_LABELS,
  editScript,
  isEdited,
  pickScript,
  scriptChannels,
  scriptText,
  scriptTones,
  shownScriptText,
  TONE_LABELS,
} from '../scripts'
import type { ScriptState } from '../useScriptState'
import { ChoiceGroup } from './ChoiceGroup'

export interface ScriptsSectionProps extends ScriptState {
  scripts: readonly ScriptDraft[]
  /** The identity of the inputs the scripts were written for (edits made for other inputs are not shown). */
  basis: string
}

export function ScriptsSection({ scripts, basis, choice, onChoice, edits, onEdits }: ScriptsSectionProps) {
  const [copyMessage, setCopyMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const script = pickScript(scripts, choice)
  const channels = scriptChannels(scripts)
  const tones = script ? scriptTones(scripts, script.channel) : []

  const copy = async (text: string, what: string) => {
    const outcome = await copyToClipboard(text, what)
    setCopyMessage({ ok: outcome.ok, text: outcome.message })
  }

  return (
    <section className="result-card scripts" aria-labelledby="scripts-heading">
      <h3 id="scripts-heading">Scripts for your counter-offer</h3>
      {!script ? (
        <p>No scripts for these numbers.</p>
      ) : (
        <>
          <div className="script-choices">
            <ChoiceGroup
              name="script-channel"
              legend="Channel"
              options={channels.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
              value={script.channel}
              onChange={(channel) => {
                onChoice({ channel, tone: choice.tone })
                setCopyMessage(null)
              }}
            />
            <ChoiceGroup
              name="script-tone"
              legend="Tone"
              options={tones.map((tone) => ({ value: tone, label: TONE_LABELS[tone] }))}
              value={script.tone}
              onChange={(tone) => {
                onChoice({ channel: script.channel, tone })
                setCopyMessage(null)
              }}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="script-text">
              Your script
            </label>
            <p id="script-text-hint" className="field-hint">
              {CHANNEL_LABELS[script.channel]}, {TONE_LABELS[script.tone].toLowerCase()} tone. Edit it as you
              like before copying; your edits stay while your numbers stay the same.
            </p>
            <textarea
              id="script-text"
              className="script-text"
              rows={script.channel === 'email' ? 12 : 7}
              aria-describedby="script-text-hint"
              value={shownScriptText(edits, basis, script)}
              onChange={(event) => onEdits(editScript(edits, basis, script, event.target.value))}
            />
          </div>
          <div className="script-actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                void copy(
                  shownScriptText(edits, basis, script),
                  `the ${script.channel === 'email' ? 'email' : 'phone'} script`,
                )
              }
            >
              Copy
            </button>
            {isEdited(edits, basis, script) && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onEdits(editScript(edits, basis, script, scriptText(script)))}
              >
                Undo my edits
              </button>
            )}
          </div>
        </>
      )}
      <p
        role="status"
        aria-live="polite"
        className={copyMessage && !copyMessage.ok ? 'copy-status is-error' : 'copy-status'}
      >
        {copyMessage?.text ?? ''}
      </p>
    </section>
  )
}
