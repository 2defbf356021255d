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
  const n = word.length
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (n > 3 && word.charCodeAt(n - 1) === 115 /* s */) {
    // Not after s, u, i or o: "ss", "us", "is", "os" endings are not plurals.
    const before = word.charCodeAt(n - 2)
    if (before !== 115 && before !== 117 && before !== 105 && before !== 111) return word.slice(0, -1)
  }
  return word
}

/** a-z, 0-9, "+" and "#": the characters a key's words are made of ("c++", "c#"). */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35
}

/**
 * Lower case, "&" as "and", punctuation as spaces ("c++" and "c#" kept), words singular, single spaces. One pass
 * over the characters: every title search and estimate starts here.
 */
export function titleKey(text: string): string {
  const lower = text.toLowerCase()
  // Accents only need stripping in the rare title that has them.
  const ascii = isAscii(lower) ? lower : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  let words: string[] = []
  let start = -1
  for (let i = 0; i <= ascii.length; i += 1) {
    const c = i < ascii.length ? ascii.charCodeAt(i) : 32
    if (isKeyChar(c)) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0) words.push(ascii.slice(start, i))
    start = -1
    if (c === 38 /* & */) words.push('and')
  }
  if (mayJoin(words)) {
    let spaced = words.join(' ')
    if (/\b(back|front|full|dev) /.test(spaced)) {
      for (const [pattern, joined] of JOINED) spaced = spaced.replace(pattern, joined)
      words = spaced.split(' ')
    }
  }
  let key = ''
  for (let i = 0; i < words.length; i += 1) key += i === 0 ? singular(words[i]!) : ` ${singular(words[i]!)}`
  return key
}

/** Whether every code unit of the text is below 0x80 (a loop: cheaper than a regular expression on short text). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 0x80) return false
  return true
}

/** Whether a word before the last ends like the first half of a JOINED pair (only then can a pair match). */
function mayJoin(words: string[]): boolean {
  for (let i = 0; i < words.length - 1; i += 1) {
    const w = words[i]!
    if (w.endsWith('back') || w.endsWith('front') || w.endsWith('full') || w.endsWith('dev')) return true
  }
  return false
}

/** The key without level words ("senior staff software engineer ii" -> "software engineer"); never empty if the key is not. */
export function coreTitleKey(key: string): string {
  // Most keys have no level word (and, being keys, single spaces): they are their own core.
  if (!hasLevelWord(key) && !key.startsWith(' ') && !key.endsWith(' ') && !key.includes('  ')) return key
  const words = key.split(' ').filter((w) => w !== '')
  const kept = words.filter((w) => !LEVEL_WORDS.has(w))
  return kept.length > 0 ? kept.join(' ') : words.join(' ')
}

/** The level words by length, so a word is compared in place with the few of its length (no string made). */
const LEVEL_WORDS_BY_LENGTH: string[][] = []
for (const word of LEVEL_WORDS) (LEVEL_WORDS_BY_LENGTH[word.length] ??= []).push(word)

/** Whether a word of the text (between single spaces) is a level word. */
function hasLevelWord(text: string): boolean {
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf(' ', start)
    if (end < 0) end = text.length
    // Level words are at most 10 letters ("apprentice"): longer words have no list.
    const sameLength = LEVEL_WORDS_BY_LENGTH[end - start]
    if (sameLength) for (const word of sameLength) if (text.startsWith(word, start)) return true
    start = end + 1
  }
  return false
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
