// Email and phone scripts for the counter, in three tones, filled with the user's role and numbers. Company-neutral:
// no employer or recruiter names, so the user can paste and edit. The range quoted starts at the ask (a bolstering
// range, Ames & Mason 2015); a competing offer is quoted with its figure only when it pays more than this one.
import type { ScriptDraft } from '../../shared/negotiate'
import { formatMoney, percentileAt } from '../../shared/format'

export interface ScriptFacts {
  /** The title on the offer, as the user typed it. */
  roleTitle: string
  occupation: string
  place: string
  offer: { base: number; total: number; percentile: number }
  ask: { base: number; high: number; percentile: number }
  /** When base stays as offered (it meets the target): the sign-on to ask for instead; null for a counter on base. */
  otherTerms: number | null
  market: { p50: number; p75: number }
  /** Where the market figures come from, e.g. "BLS OEWS, May 2024; DOL OFLC wage levels, July 2025 - June 2026". */
  source: string
  alternative: number | null
}

const money = formatMoney

function evidence(f: ScriptFacts): string {
  return `For ${f.occupation} in ${f.place}, the median base pay is about ${money(f.market.p50)} and the 75th percentile about ${money(f.market.p75)} (${f.source}). The offered base of ${money(f.offer.base)} sits ${percentileAt('at', f.offer.percentile)}; ${money(f.ask.base)} would put it ${percentileAt('near', f.ask.percentile)}.`
}

function competing(f: ScriptFacts, spoken: boolean): string {
  if (f.alternative === null) return ''
  if (f.alternative > f.offer.total)
    return spoken
      ? ` I should also mention I have another offer at about ${money(f.alternative)} a year in total.`
      : ` I also have another offer worth ${money(f.alternative)} a year in total compensation.`
  return ' I am also weighing another offer.'
}

const range = (f: ScriptFacts) => `${money(f.ask.base)} to ${money(f.ask.high)}`

type Tone = ScriptDraft['tone']
const TONES: readonly Tone[] = ['warm', 'direct', 'brief']

/** What a counter says in each tone: the email subjects, the emails' paragraphs and the call's lines. */
interface ScriptTexts {
  subject: Record<Tone, string>
  email: Record<Tone, string[]>
  phone: Record<Tone, string[]>
}

/**
 * The six drafts, emails first: an email opens with "Hello," and signs off "Best regards,", its paragraphs a blank
 * line apart; a call's lines end with the reminder to stop and listen.
 */
function drafts(t: ScriptTexts): ScriptDraft[] {
  return [
    ...TONES.map((tone) => ({
      channel: 'email' as const,
      tone,
      subject: t.subject[tone],
      body: ['Hello,', ...t.email[tone], 'Best regards,'].join('\n\n'),
    })),
    ...TONES.map((tone) => ({
      channel: 'phone' as const,
      tone,
      subject: null,
      body: [...t.phone[tone], '(Then stop and wait for the answer.)'].join('\n'),
    })),
  ]
}

/** Scripts for when base already meets the target: accept the base, ask for a sign-on and the start date. */
function termsScripts(f: ScriptFacts, role: string, signon: number): ScriptDraft[] {
  const where = `The base of ${money(f.offer.base)} sits ${percentileAt('at', f.offer.percentile)} for ${f.occupation} in ${f.place} (${f.source}), and I am glad to accept it.`
  const terms = `a sign-on bonus of ${money(signon)}`
  return drafts({
    subject: {
      warm: `Thank you for the ${role} offer`,
      direct: `${role} offer: sign-on and start date`,
      brief: `Re: ${role} offer`,
    },
    email: {
      warm: [
        `Thank you for the offer for the ${role} position. I am excited about the role and the team.`,
        `${where}${competing(f, false)} Before I sign, I would like to ask about two other parts of the package: ${terms}, and a start date that lets me hand over my current work properly.`,
        'If we can agree on those, I am ready to move forward. Thank you again.',
      ],
      direct: [
        `Thank you for the ${role} offer. ${where}${competing(f, false)}`,
        `I am asking for ${terms} and a start date we agree on together. Can you make that work?`,
      ],
      brief: [`Thanks for the offer; the base works for me. Could you add ${terms}?${competing(f, false)}`],
    },
    phone: {
      warm: [
        `Thank you for the offer. I am really glad about the ${role} role and the base works for me.`,
        `${where}${competing(f, true)}`,
        `What I would like to ask for is ${terms}, and to settle the start date together. Is that something you can do?`,
      ],
      direct: [
        `Thanks for the offer. The base is fine; I would like to talk about the rest of the package for the ${role} role.`,
        `I am asking for ${terms}.${competing(f, true)} Can we do that?`,
      ],
      brief: [`Thanks for the offer. The base works; could you add ${terms}?${competing(f, true)}`],
    },
  })
}

export function buildScripts(f: ScriptFacts): ScriptDraft[] {
  const role = f.roleTitle.trim() || f.occupation
  if (f.otherTerms !== null) return termsScripts(f, role, f.otherTerms)
  return drafts({
    subject: {
      warm: `Thank you for the ${role} offer`,
      direct: `${role} offer: base salary`,
      brief: `Re: ${role} offer`,
    },
    email: {
      warm: [
        `Thank you for the offer for the ${role} position. I am excited about the role and the team, and I would like to make this work.`,
        `Before I accept, I would like to discuss the base salary. ${evidence(f)}${competing(f, false)}`,
        `With that in mind, I am asking for a base salary of ${money(f.ask.base)}, in the range of ${range(f)}. If we can agree on that, I am ready to move forward.`,
        'Thank you again, and I look forward to hearing from you.',
      ],
      direct: [
        `Thank you for the ${role} offer. I would like to counter on base salary.`,
        `${evidence(f)}${competing(f, false)}`,
        `I am asking for a base of ${money(f.ask.base)} (range ${range(f)}). Can you make that work?`,
      ],
      brief: [
        `Thanks for the offer. Could we bring the base to ${money(f.ask.base)}? Market data for ${f.occupation} in ${f.place} puts the 75th percentile at about ${money(f.market.p75)} (${f.source}).${competing(f, false)}`,
      ],
    },
    phone: {
      warm: [
        `Thank you for the offer. I am really glad about the ${role} role and I want to make this work.`,
        `I looked at the market data: ${evidence(f)}${competing(f, true)}`,
        `So I would like to ask for a base of ${money(f.ask.base)}, somewhere in ${range(f)}. Is that something you can do?`,
      ],
      direct: [
        `Thanks for the offer. I would like to talk about the base for the ${role} role.`,
        `${evidence(f)}${competing(f, true)}`,
        `I am asking for ${money(f.ask.base)}, within ${range(f)}. Can we get there?`,
      ],
      brief: [
        `Thanks for the offer. Based on market pay for ${f.occupation} in ${f.place}, I am asking for a base of ${money(f.ask.base)}.${competing(f, true)} Can you do that?`,
      ],
    },
  })
}
