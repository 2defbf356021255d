// A realistic counter-offer result for component tests: a Software Developer offer of $150,000 base in Seattle
// (the estimate fixture), asking at the 75th percentile. Take-home figures are for a single filer in Washington
// (federal income tax, Social Security, Medicare, WA Cares and PFML; no state income tax), 2025 rules.
import type { Citation, NegotiateResult, ScriptDraft } from '../../../shared/negotiate'
import { seattleEstimate } from './fixtures'

export const CITATIONS: Citation[] = [
  {
    id: 'mason2013',
    short: 'Mason, Lee, Wiley & Ames 2013',
    reference:
      'Mason, M. F., Lee, A. J., Wiley, E. A., & Ames, D. R. (2013). Precise offers are potent anchors: Conciliatory counteroffers and attributions of knowledge in negotiations. Journal of Experimental Social Psychology, 49(4), 759–763.',
    finding: 'Counterparts answered precise first offers with smaller counter-moves than round ones.',
  },
  {
    id: 'galinsky2001',
    short: 'Galinsky & Mussweiler 2001',
    reference:
      'Galinsky, A. D., & Mussweiler, T. (2001). First offers as anchors: The role of perspective-taking and negotiator focus. Journal of Personality and Social Psychology, 81(4), 657–669.',
    finding: 'Whoever names the first figure tends to pull the final agreement towards it.',
  },
  {
    id: 'marks2011',
    short: 'Marks & Harold 2011',
    reference:
      'Marks, M., & Harold, C. (2011). Who asks and who receives in salary negotiation. Journal of Organizational Behavior, 32(3), 371–394.',
    finding: 'People who negotiated their starting pay ended with higher salaries than those who did not.',
  },
]

const SUBJECT = 'Software Developer offer: base salary'

export const SCRIPTS: ScriptDraft[] = [
  {
    channel: 'email',
    tone: 'warm',
    subject: SUBJECT,
    body: 'Hi Sam,\n\nThank you again for the offer; I am excited about the team. Based on the market for Software Developers in Seattle-Tacoma-Bellevue, WA, I would like to ask for a base salary of $196,450. If we can get there, I am ready to sign this week.\n\nBest,\nAlex',
  },
  {
    channel: 'email',
    tone: 'direct',
    subject: SUBJECT,
    body: 'Hi Sam,\n\nThe 75th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA is $196,400. I am asking for a base of $196,450. Can you confirm by Friday?\n\nAlex',
  },
  {
    channel: 'email',
    tone: 'brief',
    subject: SUBJECT,
    body: 'Hi Sam,\n\nCould we move the base to $196,450? Then I can sign.\n\nAlex',
  },
  {
    channel: 'phone',
    tone: 'warm',
    subject: null,
    body: 'Thank you for the offer — I am excited to join. Looking at what Software Developers earn in Seattle, I am asking for a base of $196,450. Is that something you can do?',
  },
  {
    channel: 'phone',
    tone: 'direct',
    subject: null,
    body: 'I would like to sign. The number that makes it work is a base of $196,450, which is the 75th percentile here.',
  },
  {
    channel: 'phone',
    tone: 'brief',
    subject: null,
    body: 'Can you do $196,450 base? Then we have a deal.',
  },
]

/** The calculator's answer for the Seattle offer (base $150,000, bonus $15,000, stock $40,000, sign-on $20,000). */
export function seattleNegotiation(): NegotiateResult {
  const estimate = seattleEstimate()
  return {
    estimate,
    current: { base: 150000, total: 210000, percentile: 47, takeHome: 158912 },
    target: { kind: 'percentile', value: 75, percentile: 75, wage: 196400, explicit: true },
    reference: {
      kind: 'level',
      years: 5,
      level: 2,
      levelName: 'qualified',
      wage: 139402,
      published: true,
      low: 107800,
      high: 180300,
      sentence:
        "With 5 years of experience you fit DOL wage Level II (qualified; 3-5 years), paid $139,402 in Seattle-Tacoma-Bellevue, WA (DOL OFLC). Pay at that level runs from about $107,800 to $180,300 (Worth's model: centred on the level's wage, spread from the neighbouring levels).",
    },
    stretch: null,
    otherTerms: null,
    ask: {
      base: 196450,
      low: 187250,
      high: 208900,
      percentile: 75,
      raise: 46450,
      raisePercent: 31,
      takeHome: 191421,
      takeHomeGain: 32509,
      from: 'market',
      adjusted: null,
      sentence:
        'Ask for a base of $196,450 (range $187,250–$208,900): the 75th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA, $46,450 more than the offer.',
    },
    alternative: null,
    walkaway: 200000,
    tradeoffs: [
      {
        kind: 'signon',
        amount: 46450,
        percentOfBase: null,
        matches: 'first-year',
        takeHome: 32509,
        sentence: 'If base stays at $150,000, a sign-on bonus of $46,450 matches the raise’s first year.',
      },
      {
        kind: 'equity',
        amount: 185800,
        percentOfBase: null,
        matches: 'four-year',
        takeHome: 130036,
        sentence: 'An extra equity grant of $185,800 over 4 years matches the raise’s 4-year value.',
      },
      {
        kind: 'bonus',
        amount: 46450,
        percentOfBase: 31,
        matches: 'first-year',
        takeHome: 32509,
        sentence: 'A bonus target $46,450 higher (31.0% of base) matches the raise each year it pays out.',
      },
    ],
    tips: [
      {
        id: 'precise-ask',
        text: 'Ask for $196,450, not “about $200,000”: a precise figure reads as researched.',
        cites: ['Mason, Lee, Wiley & Ames 2013'],
      },
      {
        id: 'below-median',
        text: 'Your base of $150,000 is below the market median of $158,200 for this role here; say so with the figure.',
        cites: [],
      },
      {
        id: 'anchor-first',
        text: 'Name your figure first: the first number on the table pulls the outcome towards it.',
        cites: ['Galinsky & Mussweiler 2001'],
      },
      {
        id: 'always-ask',
        text: 'Asking at all is what matters most: people who negotiate their starting pay keep the gain for years.',
        cites: ['Marks & Harold 2011'],
      },
    ],
    warnings: [],
    scripts: SCRIPTS,
    citations: CITATIONS,
    notes: ['Take-home pay uses 2025 federal rules and Washington’s payroll programs for a single filer.'],
  }
}

/** The same offer with an ask typed below the walk-away, so two guard rails fire. */
export function guardedNegotiation(): NegotiateResult {
  const result = seattleNegotiation()
  return {
    ...result,
    walkaway: 205000,
    ask: {
      ...result.ask,
      base: 140000,
      low: 140000,
      high: 140000,
      percentile: 41,
      raise: -10000,
      raisePercent: -6.7,
      takeHome: 151890,
      takeHomeGain: -7022,
      from: 'user',
      sentence: 'You chose to ask for a base of $140,000: the 41st percentile, $10,000 less than the offer.',
    },
    warnings: [
      { id: 'ask-below-offer', text: 'Your ask of $140,000 is below the offer’s base of $150,000.' },
      {
        id: 'ask-below-walkaway',
        text: 'At $140,000 base your total would be $200,000 a year, below your walk-away of $205,000.',
      },
    ],
  }
}
