// Title keys: the same text for "Sr. Software Engineer (Backend)" wherever it is typed or filed.

/** Words that say how senior someone is, not what they do. Dropped when looking for the occupation. */
const LEVEL_WORDS = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'staff',
  'principal',
  'lead',
  'chief',
  'head',
  'associate',
  'assoc',
  'entry',
  'level',
  'intern',
  'trainee',
  'apprentice',
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  '1',
  '2',
  '3',
  '4',
  '5',
])

/** Spellings of the same word run together or apart. */
const JOINED: [RegExp, string][] = [
  [/\bback end\b/g, 'backend'],
  [/\bfront end\b/g, 'frontend'],
  [/\bfull stack\b/g, 'fullstack'],
  [/\bdev ops\b/g, 'devops'],
]

/** A crude singular: "nurses" -> "nurse", "technologies" -> "technology"; "analysis", "business" stay. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1)
  return word
}

/** Lower case, "&" as "and", punctuation as spaces ("c++" and "c#" kept), words singular, single spaces. */
export function titleKey(text: string): string {
  const lower = text.toLowerCase()
  // Accents only need stripping in the rare title that has them.
  const ascii = /[\u0080-\uffff]/.test(lower)
    ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : lower
  let key = ascii
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
  if (/\b(back|front|full|dev) /.test(key))
    for (const [pattern, joined] of JOINED) key = key.replace(pattern, joined)
  return key
    .split(' ')
    .filter((w) => w !== '')
    .map(singular)
    .join(' ')
}

/** The key without level words ("senior staff software engineer ii" -> "software engineer"); never empty if the key is not. */
export function coreTitleKey(key: string): string {
  const words = key.split(' ').filter((w) => w !== '')
  const kept = words.filter((w) => !LEVEL_WORDS.has(w))
  return kept.length > 0 ? kept.join(' ') : words.join(' ')
}

const SMALL_WORDS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'to',
  'with',
  'on',
  'at',
  'a',
  'an',
  'or',
  'by',
  'as',
])
/** Words that say nothing about a job on their own ("the", "of"); a title made only of these is no title. */
export function isStopWord(word: string): boolean {
  return SMALL_WORDS.has(word)
}

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/
/** Abbreviations common in filed titles that have vowels, so the no-vowel rule below misses them. */
const ACRONYMS = new Set([
  ...'sre aws sap api etl qa ui ux it hr vp ceo cfo cto coo cio rn ml ai bi gis erp crm seo ios'.split(' '),
  ...'dba sde sdet swe asic fpga nlp hvac cpa mba usa us oem ehs plc ic rf avp evp svp'.split(' '),
])

/** "SENIOR SOFTWARE ENGINEER II" -> "Senior Software Engineer II"; short letter-only words like "QA" or "SRE" stay upper case. */
export function displayCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/(\s+|[-/(),])/)
    .map((word, i) => {
      if (!/[a-z]/.test(word)) return word
      if (ROMAN.test(word) || ACRONYMS.has(word)) return word.toUpperCase()
      if (i > 0 && SMALL_WORDS.has(word)) return word
      if (word.length <= 3 && !SMALL_WORDS.has(word) && !/[aeiouy]/.test(word)) return word.toUpperCase()
      if (word.length <= 2 && !SMALL_WORDS.has(word)) return word.toUpperCase()
      return word.charAt(0).toUpperCase() + word.slice(1)
    })
    .join('')
}
