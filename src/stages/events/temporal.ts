import type { SentenceView } from './sentence-view.js';
import { WORD } from './word-bits.js';

/** Day, month and other time words (`WORD.timeWord`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'overnight', 'earlier', 'later',
]);
/** Words that lead a time phrase (`WORD.timeLead`). */
export const TIME_LEAD: ReadonlySet<string> = new Set(['on', 'last', 'this', 'next', 'early', 'late', 'in', 'during']);

/**
 * Whether token `k` belongs to a time phrase ("on Tuesday", "last week", "on March 3") that a
 * pattern may step over: "called on Tuesday for talks", "rejected on Monday an offer".
 */
export function isTemporal(view: SentenceView, k: number): boolean {
  const t = view.tokens;
  const bits = view.classes.lower;
  if ((bits[k] & WORD.timeWord) !== 0) return true;
  if (k > 0 && (bits[k - 1] & WORD.timeWord) !== 0 && t.pos[k] === 'NUM') return true;
  if ((bits[k] & WORD.timeLead) !== 0 && k + 1 < t.count && (bits[k + 1] & WORD.timeWord) !== 0 && !(t.lower[k] === 'in' && t.lower[k + 1] === 'may')) return true;
  return false;
}
