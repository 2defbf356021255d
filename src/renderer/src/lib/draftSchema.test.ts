import { describe, expect, it } from 'vitest'
import { EMPTY_FIELDS, fromOfferDraft } from '../features/estimate/offerForm'
import { fromInsightsDraft } from '../features/insights/insightsForm'
import { EMPTY_NEGOTIATE_FIELDS, fromNegotiateDraft } from '../features/negotiate/negotiateForm'
import { EMPTY_EDITOR, fromEditorDraft } from '../features/offers/offerEditor'
import {
  draftChoice,
  draftFields,
  draftFlag,
  draftObject,
  draftObjectOr,
  draftPick,
  draftText,
  readDraft,
} from './draftSchema'

const READERS = { fromOfferDraft, fromInsightsDraft, fromNegotiateDraft, fromEditorDraft }

// What a damaged database, an older version or a hand-edited localStorage can hold.
const NOT_DRAFTS: unknown[] = [undefined, null, 0, 42, 'draft', true, [], [1, 2], () => 1, Symbol('x'), 10n]
const CORRUPT_DRAFTS: unknown[] = [
  {},
  { fields: 'title=SRE' },
  { fields: [1, 2, 3], text: 7 },
  { fields: { title: 5, location: null, base: { $gt: 1 } }, soc: 15, areaCode: [] },
  { text: { bonusKind: 'lots', schedule: 'weekly', base: 150000 }, editingId: {} },
  JSON.parse('{"__proto__": {"polluted": true}, "fields": {"constructor": "x", "toString": 1}}'),
  { title: 'x'.repeat(100_000), targetKind: 'all of it', filing: 'married', remote: 'yes' },
]

describe('drafts read back with their schema', () => {
  for (const [name, read] of Object.entries(READERS)) {
    it(`${name} ignores what is no draft and never throws`, () => {
      for (const stored of NOT_DRAFTS) expect(read(stored)).toBeNull()
    })

    it(`${name} reads a corrupt draft's wrong fields as empty, keeping no foreign key`, () => {
      for (const stored of CORRUPT_DRAFTS) {
        const draft = read(stored)
        expect(draft).not.toBeNull()
        expect(JSON.stringify(draft)).not.toMatch(/polluted|\$gt|constructor/)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        for (const value of Object.values(draft as object)) expect(typeof value).not.toBe('number')
      }
    })
  }

  it('falls back field by field to each form’s empty value', () => {
    expect(fromOfferDraft({ fields: { title: 'SRE', base: 150000 }, soc: '', areaCode: '42660' })).toEqual({
      fields: { ...EMPTY_FIELDS, title: 'SRE' },
      soc: null,
      areaCode: '42660',
    })
    expect(fromInsightsDraft({ title: 'Nurse', location: 7, soc: 'DROP TABLE', areaCode: '42660' })).toEqual({
      title: 'Nurse',
      location: '',
      soc: null,
      areaCode: '42660',
    })
    expect(fromNegotiateDraft({ fields: { ask: '200k' }, filing: 'married', remote: 'yes' })).toEqual({
      fields: { ...EMPTY_NEGOTIATE_FIELDS, ask: '200k' },
      targetKind: 'worth',
      filing: 'single',
      remote: false,
      soc: null,
      areaCode: null,
    })
    expect(
      fromEditorDraft({ text: { bonusKind: 'percent', schedule: 'weekly', notes: 'x'.repeat(7000) } }),
    ).toEqual({
      text: { ...EMPTY_EDITOR, bonusKind: 'percent', notes: 'x'.repeat(6000) },
      editingId: null,
      createdAt: null,
      basedOn: null,
    })
  })

  it('builds schemas from the shared pieces', () => {
    const schema = draftObject({
      fields: draftFields({ a: '', b: 'b' }),
      pick: draftPick(/^\d+$/),
      choice: draftChoice(['x', 'y'], 'x'),
      note: draftText(3),
    })
    expect(
      readDraft(schema, { fields: { a: 'typed', b: 2 }, pick: '12', choice: 'y', note: 'abcdef' }),
    ).toEqual({ fields: { a: 'typed', b: 'b' }, pick: '12', choice: 'y', note: 'abc' })
    expect(readDraft(schema, { pick: 'twelve', choice: 'z' })).toEqual({
      fields: { a: '', b: 'b' },
      pick: null,
      choice: 'x',
      note: '',
    })
    expect(readDraft(schema, 'nope')).toBeNull()
  })

  it('reads flags, nested objects with their fallback, and only a draft’s own fields', () => {
    const schema = draftObject({
      remote: draftFlag(false),
      nested: draftObjectOr({ kind: draftChoice(['a', 'b'], 'a') }, { kind: 'b' }),
      title: draftText(),
    })
    expect(readDraft(schema, { remote: true, nested: { kind: 'a', extra: 1 } })).toEqual({
      remote: true,
      nested: { kind: 'a' },
      title: '',
    })
    expect(readDraft(schema, { remote: 'yes', nested: [] })).toEqual({
      remote: false,
      nested: { kind: 'b' },
      title: '',
    })
    // A field inherited from the draft's prototype is not the draft's own.
    expect(readDraft(schema, Object.create({ title: 'inherited' }))?.title).toBe('')
    // A draft whose field cannot be read is no draft; reading still does not throw.
    const throwing = Object.defineProperty({}, 'title', {
      enumerable: true,
      get() {
        throw new Error('unreadable')
      },
    })
    expect(readDraft(schema, throwing)).toBeNull()
  })
})
