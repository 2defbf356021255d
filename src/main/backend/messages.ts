// What main and the backend process (backend/worker.ts, an Electron utilityProcess) say to each other.
import type { Channel, Reply } from '../../shared/contract'

/** Main -> backend: one call, already sender-checked and validated by main. */
export interface CallMessage {
  id: number
  channel: Channel
  input: unknown
}

/** Backend -> main. */
export type BackendMessage =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'reply'; id: number; reply: Reply<unknown> }

/** Loose shape check of what the backend sent (main trusts its own process, but not blindly its bytes). */
export function isBackendMessage(value: unknown): value is BackendMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  if (m.type === 'ready') return true
  if (m.type === 'load-failed') return typeof m.message === 'string'
  if (m.type !== 'reply' || typeof m.id !== 'number') return false
  const reply = m.reply as Record<string, unknown> | null
  return typeof reply === 'object' && reply !== null && typeof reply.ok === 'boolean'
}
