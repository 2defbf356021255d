// Which script is shown (channel and tone) and the user's edits to the scripts. Held by the view, so both survive
// a visit to the brief (which replaces the results on screen).
import { useState } from 'react'
import { NO_EDITS, type ScriptChoice, type ScriptEdits } from './scripts'

export interface ScriptState {
  choice: ScriptChoice
  onChoice: (choice: ScriptChoice) => void
  edits: ScriptEdits
  onEdits: (edits: ScriptEdits) => void
}

export function useScriptState(): ScriptState {
  const [choice, onChoice] = useState<ScriptChoice>({ channel: 'email', tone: 'warm' })
  const [edits, onEdits] = useState<ScriptEdits>(NO_EDITS)
  return { choice, onChoice, edits, onEdits }
}
