// The research Worth's negotiation tips rest on: full references and what each work found, in Worth's own words.
// Tips cite these by `short`; a finding here claims no more than the work reports.
import type { Citation } from '../../shared/negotiate'

export const CITATIONS = {
  mason2013: {
    id: 'mason2013',
    short: 'Mason, Lee, Wiley & Ames 2013',
    reference:
      'Mason, M. F., Lee, A. J., Wiley, E. A., & Ames, D. R. (2013). Precise offers are potent anchors: Conciliatory counteroffers and attributions of knowledge in negotiations. Journal of Experimental Social Psychology, 49(4), 759-763.',
    finding:
      'In their experiments, a precise first offer drew counteroffers that moved less far from it than a round first offer did, because the people receiving it took the precise figure as a sign that the offerer knew the value well.',
  },
  galinsky2001: {
    id: 'galinsky2001',
    short: 'Galinsky & Mussweiler 2001',
    reference:
      'Galinsky, A. D., & Mussweiler, T. (2001). First offers as anchors: The role of perspective-taking and negotiator focus. Journal of Personality and Social Psychology, 81(4), 657-669.',
    finding:
      "The side that made the first offer tended to reach the better final agreement, because the first offer anchored the settlement; the anchor lost force when the receiver thought about the other side's alternatives or their own ideal outcome.",
  },
  ames2015: {
    id: 'ames2015',
    short: 'Ames & Mason 2015',
    reference:
      'Ames, D. R., & Mason, M. F. (2015). Tandem anchoring: Informational and politeness effects of range offers in social exchange. Journal of Personality and Social Psychology, 108(2), 254-274.',
    finding:
      'A "bolstering" range, one that starts at the figure you would have named alone and goes higher, led to better outcomes than naming that figure alone, without making the offerer seem less polite; a range that reached below that figure cost money.',
  },
  pew2023: {
    id: 'pew2023',
    short: 'Pew Research Center 2023',
    reference:
      'Pew Research Center (2023). Survey of U.S. workers, conducted February 2023, on whether they asked for higher pay than first offered when they were last hired.',
    finding:
      'Most workers said they had not asked for more than the first offer when hired; of those who had asked, about two in three said they ended up with more than the first offer.',
  },
  marks2011: {
    id: 'marks2011',
    short: 'Marks & Harold 2011',
    reference:
      'Marks, M., & Harold, C. (2011). Who asks and who receives in salary negotiation. Journal of Organizational Behavior, 32(3), 371-394.',
    finding:
      'In a sample of newly hired employees, those who negotiated their starting salary ended up with higher starting pay than those who did not, and open, assertive or collaborative strategies gained more than accommodating ones.',
  },
  babcock2003: {
    id: 'babcock2003',
    short: 'Babcock & Laschever 2003',
    reference:
      "Babcock, L., & Laschever, S. (2003). Women Don't Ask: Negotiation and the Gender Divide. Princeton, NJ: Princeton University Press.",
    finding:
      'The book reports that men asked for higher pay far more often than women, and works through how a starting salary that is not negotiated leaves a shortfall that grows over a career, because later raises are usually a percentage of current pay.',
  },
  leibbrandt2015: {
    id: 'leibbrandt2015',
    short: 'Leibbrandt & List 2015',
    reference:
      'Leibbrandt, A., & List, J. A. (2015). Do women avoid salary negotiations? Evidence from a large-scale natural field experiment. Management Science, 61(9), 2016-2024.',
    finding:
      'In a field experiment with real job adverts, men were more likely than women to negotiate when the advert said nothing about negotiation, but the difference disappeared when the advert stated that the wage was negotiable.',
  },
} as const satisfies Record<string, Citation>

export type CitationId = keyof typeof CITATIONS

/** Short forms, as tips cite them. */
export const CITE = Object.fromEntries(Object.entries(CITATIONS).map(([id, c]) => [id, c.short])) as {
  [K in CitationId]: (typeof CITATIONS)[K]['short']
}

/** The full records for a set of short citations, in the order of CITATIONS, each once. */
export function citationsFor(shorts: Iterable<string>): Citation[] {
  const wanted = new Set(shorts)
  return Object.values(CITATIONS).filter((c) => wanted.has(c.short))
}
