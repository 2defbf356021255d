// The saved backend replies the renderer's component tests use: which channel, which input, and the constant's
// name in src/renderer/src/test/insightsFixtures.ts. Read by scripts/renderer-fixtures.ts (writes them) and by
// src/core/testing/rendererFixtures.test.ts (checks them).
import type { Channel } from '../src/shared/contract'

/** Curve densities are saved to 6 significant digits to keep the file short; the check rounds the same way. */
export const DENSITY_DIGITS = 6

export interface FixtureSpec {
  name: string
  doc: string
  channel: Channel
  kind: 'insights' | 'estimate' | 'negotiate' | 'error'
  input: Record<string, unknown>
}

export const INSIGHTS_FIXTURES: readonly FixtureSpec[] = [
  {
    name: 'BACKEND_ARCHITECT_US',
    doc: 'insights:role for {title: "Backend Architect", location: "United States"} (survey profile).',
    channel: 'insights:role',
    kind: 'insights',
    input: { title: 'Backend Architect', location: 'United States' },
  },
  {
    name: 'BACKEND_ARCHITECT_SEATTLE',
    doc: 'insights:role for {title: "Backend Architect", location: "Seattle, WA"} (survey carried to Seattle, modelled).',
    channel: 'insights:role',
    kind: 'insights',
    input: { title: 'Backend Architect', location: 'Seattle, WA' },
  },
  {
    name: 'SOFTWARE_DEVELOPER_SEATTLE',
    doc: 'insights:role for {title: "Software Developer", location: "Seattle, WA"} (OEWS profile, area model).',
    channel: 'insights:role',
    kind: 'insights',
    input: { title: 'Software Developer', location: 'Seattle, WA' },
  },
  {
    name: 'REGISTERED_NURSE_CLEVELAND',
    doc: 'insights:role for {title: "Registered Nurse", location: "Cleveland, OH"} (OEWS profile).',
    channel: 'insights:role',
    kind: 'insights',
    input: { title: 'Registered Nurse', location: 'Cleveland, OH' },
  },
  {
    name: 'DATABASE_ARCHITECTS_US',
    doc: 'insights:role for {title: "Database Architects", soc: "15-1243", location: "United States"} (a related title).',
    channel: 'insights:role',
    kind: 'insights',
    input: { title: 'Database Architects', soc: '15-1243', location: 'United States' },
  },
  {
    name: 'UNKNOWN_TITLE_ERROR',
    doc: 'insights:role error for {title: "Zzqx blorf", location: "United States"}.',
    channel: 'insights:role',
    kind: 'error',
    input: { title: 'Zzqx blorf', location: 'United States' },
  },
  {
    name: 'AMBIGUOUS_PORTLAND_ERROR',
    doc: 'insights:role error for {title: "Registered Nurse", location: "Portland"}.',
    channel: 'insights:role',
    kind: 'error',
    input: { title: 'Registered Nurse', location: 'Portland' },
  },
  {
    name: 'BACKEND_ARCHITECT_ESTIMATE',
    doc: 'estimate:offer for Backend Architect, United States, base $120,000 (has a survey percentile).',
    channel: 'estimate:offer',
    kind: 'estimate',
    input: { title: 'Backend Architect', location: 'United States', base: 120_000 },
  },
  {
    name: 'SOFTWARE_ENGINEER_SEATTLE_ESTIMATE',
    doc: 'estimate:offer for Software Engineer, Seattle, WA, 5 years, base $175,000 (meets prevailing wage Level II).',
    channel: 'estimate:offer',
    kind: 'estimate',
    input: { title: 'Software Engineer', location: 'Seattle, WA', years: 5, base: 175_000 },
  },
  {
    name: 'SEATTLE_LEVEL_NEGOTIATION',
    doc: 'negotiate:offer for Software Engineer, Seattle, WA, 5 years, base $175,000: an ask from Level II pay and a stretch.',
    channel: 'negotiate:offer',
    kind: 'negotiate',
    input: { title: 'Software Engineer', location: 'Seattle, WA', years: 5, base: 175_000 },
  },
  {
    name: 'AUSTIN_TERMS_NEGOTIATION',
    doc: 'negotiate:offer for Software Engineer, Austin, TX, 5 years, base $175,000: base meets the target, other terms.',
    channel: 'negotiate:offer',
    kind: 'negotiate',
    input: { title: 'Software Engineer', location: 'Austin, TX', years: 5, base: 175_000 },
  },
]
