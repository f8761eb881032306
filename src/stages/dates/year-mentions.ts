import type { TokenTable } from '../../core/tokens.js';
import { DATE_WORD } from './date-words.js';

/** A year or decade written as a number: "in 1991", "the 1979 crisis", "the 1980s". */
export interface YearMention {
  readonly first: number;
  readonly end: number;
  readonly year: number;
  /** Last year the mention covers: the year itself, or the decade's last (1989 for "1980s"). */
  readonly lastYear: number;
}

// Words after which a four-digit number is a year ("in 2005", "the 1979 crisis", "since 1991").
const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'the', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'of', 'between', 'and', 'to',
  'early', 'late', 'mid', 'around', 'circa', 'year', 'its', 'their', 'his', 'her', "'s",
]);

/**
 * The years and decades written as numbers in tokens `[first, end)` (one sentence). A bare
 * four-digit number counts as a year only after a word that introduces years, and not before a
 * plural noun ("the 2000 troops" is a count). With `dateWords` (`dateWordsOf` the document), a
 * token whose bits say it starts with no "1" or "2" is passed over without reading its text.
 *
 * @example
 * // tokens of "since the 1979 hostage crisis" -> [{ year: 1979, lastYear: 1979, ... }]
 */
export function yearMentions(tokens: TokenTable, first: number, end: number, dateWords?: Uint8Array): YearMention[] {
  const found: YearMention[] = [];
  for (let i = first; i < end; i++) {
    if (dateWords !== undefined && (dateWords[i] & DATE_WORD.yearStart) === 0) continue;
    const word = tokens.lower[i];
    const c = word.charCodeAt(0);
    if (c < 49 || c > 50) continue; // years start with 1 or 2
    if (!startsWithYear(word)) continue;
    if (isDecade(word)) {
      const year = Number(word.slice(0, 4));
      found.push({ first: i, end: i + 1, year, lastYear: year + (year % 100 === 0 ? 99 : 9) });
      continue;
    }
    if (word.length !== 4 || i === first || !YEAR_CUES.has(tokens.lower[i - 1])) continue;
    // wink splits "1980s" as one token, but "1980" + "s" also happens after an apostrophe.
    if (i + 1 < end && (tokens.lower[i + 1] === 's' || tokens.lower[i + 1] === "'s") && tokens.start[i + 1] === tokens.end[i]) {
      const year = Number(word);
      found.push({ first: i, end: i + 2, year, lastYear: year + 9 });
      i++;
      continue;
    }
    const next = i + 1 < end ? i + 1 : -1;
    if (next >= 0 && tokens.pos[next] === 'NOUN' && tokens.lemma[next] !== tokens.lower[next]) continue;
    found.push({ first: i, end: i + 1, year: Number(word), lastYear: Number(word) });
  }
  return found;
}

/** True when the word starts with four digits from 1500 to 2099 ("1979", "1980s"). */
function startsWithYear(word: string): boolean {
  if (word.length < 4) return false;
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (!(a === 49 ? b >= 53 && b <= 57 : a === 50 && b === 48)) return false;
  return isDigit(word.charCodeAt(2)) && isDigit(word.charCodeAt(3));
}

/** A decade after its first four digits: "1980s", "1980's" (the year ends in 0). */
function isDecade(word: string): boolean {
  if (word.charCodeAt(3) !== 48) return false;
  return word.length === 5 ? word.charCodeAt(4) === 115 : word.length === 6 && word.charCodeAt(4) === 39 && word.charCodeAt(5) === 115;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
