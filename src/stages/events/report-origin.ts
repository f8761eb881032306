import { verbGroup } from './arguments.js';
import type { Found } from './found.js';
import { isBareCountry, placeUnit, unitAtToken, type ActorUnit, type SentenceView } from './sentence-view.js';

/** Nouns of a written statement that speaks for whoever issued it. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'study', 'document', 'dossier', 'paper', 'communique', 'communiqué', 'memorandum', 'white']);
/** Verbs of issuing a document, after which "in" says where it was issued ("released in Kigali"). */
const ISSUING: ReadonlySet<string> = new Set(['release', 'publish', 'issue', 'present', 'unveil', 'launch', 'table', 'submit', 'compile', 'commission', 'prepare']);
/** How many words before its verb a document's subject phrase may reach. */
const SUBJECT_REACH = 12;

/**
 * "A study issued in the Kenyan capital alleged that Britain ...", "a paper published in
 * Nairobi accused ...": a statement whose subject is a document that names no author, but was
 * issued in a country or its capital, speaks for that country (the source). Only a sentence-initial
 * subject phrase headed by a document noun, with a verb of issuing and the place after its "in";
 * only verbal events with no source.
 *
 * @example
 * withReportOrigin(view, found) // source: Kenyan (KEN), for "A study issued in the Kenyan capital alleged that Britain ..."
 */
export function withReportOrigin(view: SentenceView, f: Found): Found {
  if (f.source || f.cues.voice !== 'active') return f;
  const t = view.tokens;
  const start = verbGroup(t, f.trigger, view.first).start;
  if (start - view.first > SUBJECT_REACH || start - view.first < 3) return f;
  // The subject phrase opens the sentence: determiners, numbers and adjectives, then the document noun.
  let k = view.first;
  // "A 500-page report", "the new UN-backed study": modifiers and compound nouns before the head.
  while (k < start && !DOCUMENT_NOUNS.has(t.lemma[k]) && !unitAtToken(view, k)
    && (t.pos[k] === 'DET' || t.pos[k] === 'NUM' || t.pos[k] === 'ADJ' || t.pos[k] === 'NOUN' || t.lower[k] === '-')) k++;
  if (k >= start || !DOCUMENT_NOUNS.has(t.lemma[k])) return f;
  let origin: ActorUnit | null = null;
  let issued = false;
  for (let j = k + 1; j < start; j++) {
    if (t.pos[j] === 'PUNCT' || t.pos[j] === 'AUX' || t.pos[j] === 'SCONJ') return f;
    if (t.pos[j] === 'VERB' && ISSUING.has(t.lemma[j])) issued = true;
    // "A report from Kabul" may be a correspondent's: only where it was issued names its author.
    if (issued && t.lower[j] === 'in') origin ??= placeAfter(view, j, start);
    else if (unitAtToken(view, j) && !origin) return f; // an author named in the phrase is found as its subject
  }
  return origin ? { ...f, source: origin, cues: { ...f.cues, sourceFound: 'subject' } } : f;
}

/** The country named right after the preposition at `at` (over determiners and adjectives), before `end`: a bare country actor or a locative. */
function placeAfter(view: SentenceView, at: number, end: number): ActorUnit | null {
  const t = view.tokens;
  for (let j = at + 1; j < end && j <= at + 3; j++) {
    const u = unitAtToken(view, j);
    if (u) return isBareCountry(u) ? u : null;
    const place = view.locatives.find((l) => l.tokens[0] === j);
    if (place) return placeUnit(view, place);
    if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ') return null;
  }
  return null;
}
