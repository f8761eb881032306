import type { TokenTable } from '../../core/tokens.js';
import type { ModalityCues } from './modality-cues.js';

const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
const SUBORDINATORS = new Set(['because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'after', 'before', 'when', 'since', 'until', 'as', 'whether', 'once']);
const HARD_PUNCT = new Set([';', ':', '"', '\u201c', '\u201d', '(', ')', '[', ']', '\u2014', '--']);

/** True for "who", "which", "that" introducing a relative clause. */
export function isRelativePronoun(tokens: TokenTable, k: number): boolean {
  return RELATIVE.has(tokens.lower[k]) && (tokens.pos[k] === 'PRON' || tokens.pos[k] === 'DET' || tokens.pos[k] === 'SCONJ');
}

/**
 * Tokens no subject or object search crosses: strong punctuation, subordinating conjunctions,
 * complementisers and speech verbs (the speaker of "said" is not the actor of what was said).
 */
export function isClauseBoundary(tokens: TokenTable, k: number, cues: ModalityCues): boolean {
  const w = tokens.lower[k];
  if (HARD_PUNCT.has(w)) return true;
  const pos = tokens.pos[k];
  if (pos === 'SCONJ' && (SUBORDINATORS.has(w) || w === 'that')) return true;
  if (w === 'that' && pos !== 'DET') return true;
  if (isSpeechVerb(tokens, k, cues)) return true;
  return false;
}

/** A verb of saying ("said", "told", "announced"): what follows it is its subject's report. */
export function isSpeechVerb(tokens: TokenTable, k: number, cues: ModalityCues): boolean {
  const pos = tokens.pos[k];
  return (pos === 'VERB' || pos === 'AUX') && cues.report.has(tokens.lemma[k]);
}

/** A participle: "accused", "held", "taken" (after a form of "be" it makes a passive). */
export function isParticiple(tokens: TokenTable, k: number): boolean {
  const w = tokens.lower[k];
  if (w.endsWith('ing')) return false;
  if (w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w.endsWith('ne')) return true;
  return w !== tokens.lemma[k] && !w.endsWith('s');
}

/** The passive auxiliary before a participle ("was accused", "have been accused", "got arrested"). */
export function isPassive(tokens: TokenTable, t: number, first: number): boolean {
  if (!isParticiple(tokens, t)) return false;
  for (let k = t - 1; k >= first && k >= t - 4; k--) {
    const pos = tokens.pos[k];
    const lemma = tokens.lemma[k];
    if (lemma === 'be' || lemma === 'get') return true;
    if (pos === 'ADV' || pos === 'PART') continue;
    return false;
  }
  return false;
}
