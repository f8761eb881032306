import type { TokenTable, TokenWords } from '../../core/tokens.js';
import { UNKNOWN_FACT, WordFacts } from '../../core/word-facts.js';
import type { ActorEntry, ActorLexicon } from '../../lexicon/types.js';
import type { Tagger } from '../segment/tagger.js';
import { phraseWords } from '../segment/phrase-words.js';
import { entrySetOf, type EntrySet } from './entry-set.js';
import { createTrieEdges, type TrieEdge } from './trie-edges.js';

interface TrieNode {
  /** The node's number: its edges are looked up by it (see `createTrieEdges`). */
  readonly id: number;
  readonly next: Map<string, TrieNode>;
  entries: ActorEntry[];
  /** The phrase's words as written, to check case for acronyms and proper names. */
  surface: string[] | null;
  /** The case checks of `surface`, made once the index is built (see `caseChecksOf`). */
  checks: CaseChecks | null;
}

/** What a phrase's case asks of the text, worked out once per phrase. */
interface CaseChecks {
  /** Word positions of short all-capital acronyms ("US", "U.N."), with the acronym as written and without dots. */
  readonly acronyms: readonly { readonly k: number; readonly written: string; readonly bare: string }[];
  /** Word positions that start with a capital letter (a proper name's text must too). */
  readonly capitals: readonly number[];
  /** All the node's entries, and those that are not proper names (no capitals asked of them), in entry order. */
  readonly all: EntrySet;
  readonly common: EntrySet;
  /** True when the phrase asks nothing of the text's case (no acronym, no capital): every entry fits. */
  readonly free: boolean;
}

/** A dictionary match: tokens `[start, end)` and every entry whose phrase they spell. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly ActorEntry[];
  /** The same entries, with what composing an actor asks of them worked out (see `EntrySet`). */
  readonly set: EntrySet;
}

/** Finds dictionary phrases in token sequences; built once per lexicon. */
export interface PhraseIndex {
  /**
   * The longest dictionary phrase starting at token `i` (within `[i, limit)`), or null. With
   * `anyCase`, proper names match in lower case too ("President obama"); acronyms still must not.
   */
  longestAt(tokens: TokenTable, i: number, limit: number, anyCase?: boolean): PhraseMatch | null;
}

const PROPER_KINDS = new Set(['country', 'adjective', 'people', 'capital', 'organization', 'group', 'person']);

/**
 * Indexes every entry of the lexicon by its words (split as the segmenter splits text).
 * Matching is case-insensitive, except that short all-capital acronyms ("US", "UN", "IS") must
 * match exactly, and names of places, bodies and people must start with a capital letter.
 *
 * @example
 * const idx = createPhraseIndex(lexicon, tagger);
 * idx.longestAt(tokens, 3, tokens.count) // { start: 3, end: 5, entries: [Nuri al-Maliki...] }
 */
export function createPhraseIndex(lexicon: ActorLexicon, tagger: Tagger): PhraseIndex {
  const nodes: TrieNode[] = [];
  const newNode = (): TrieNode => {
    const node: TrieNode = { id: nodes.length, next: new Map(), entries: [], surface: null, checks: null };
    nodes.push(node);
    return node;
  };
  const root = newNode();
  const wordsCache = new Map<string, string[]>();
  for (const entry of lexicon.entries) {
    let words = wordsCache.get(entry.phrase);
    if (!words) {
      words = phraseWords(tagger, entry.phrase);
      wordsCache.set(entry.phrase, words);
    }
    if (words.length === 0) continue;
    let node = root;
    for (const w of words) {
      const key = w.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries.push(entry);
    node.surface ??= words;
  }
  addCaseChecks(root);
  const edges: TrieEdge<TrieNode>[] = [];
  for (const node of nodes) for (const [word, child] of node.next) edges.push({ parent: node.id, word, child });
  const trie = createTrieEdges(edges);
  // Per word id: 1 + the number of the root's child by that word, 0 for none. Every token is
  // asked whether it starts a phrase, and most start none: one read by id says so.
  const rootChildren = new WordFacts();
  const rootChild = (words: TokenWords, id: number, w: string): TrieNode | undefined => {
    const table = rootChildren.tableFor(words.vocabulary);
    let c = table[id];
    if (c === UNKNOWN_FACT) {
      const child = trie.child(root.id, w, w.length);
      c = table[id] = child === undefined ? 0 : child.id + 1;
    }
    return c === 0 ? undefined : nodes[c - 1];
  };
  return Object.freeze({
    longestAt(tokens: TokenTable, i: number, limit: number, anyCase = false): PhraseMatch | null {
      const lower = tokens.lower;
      const words = tokens.words;
      let node = root;
      // The best match so far, as plain values: the match object is made once, at the end.
      let bestEnd = -1;
      let bestSet = NO_SET;
      for (let j = i; j < limit; j++) {
        const w = lower[j];
        // The first word by its id, unless it ends the sentence (and may carry a full stop, below).
        const id = j === i && j + 1 < limit && words !== undefined ? words.lower[j] : -1;
        let child = id >= 0 ? rootChild(words!, id, w) : trie.child(node.id, w, w.length);
        // A name at the end of a sentence carries its full stop: "... met Hun Sen."
        if (child === undefined) {
          if (j + 1 !== limit || w.length <= 2 || w.charCodeAt(w.length - 1) !== FULL_STOP) break;
          child = trie.child(node.id, w, w.length - 1);
          if (child === undefined) break;
        }
        node = child;
        const checks = node.checks;
        if (checks !== null) {
          const ok = checks.free ? checks.all : entriesFitting(checks, tokens, i, anyCase);
          if (ok.entries.length > 0) { bestEnd = j + 1; bestSet = ok; }
        }
      }
      return bestEnd < 0 ? null : { start: i, end: bestEnd, entries: bestSet.entries, set: bestSet };
    },
  });
}

const FULL_STOP = 46;

function addCaseChecks(root: TrieNode): void {
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.entries.length > 0 && node.surface) node.checks = caseChecksOf(node.surface, node.entries);
    for (const child of node.next.values()) pending.push(child);
  }
}

function caseChecksOf(surface: readonly string[], entries: readonly ActorEntry[]): CaseChecks {
  const acronyms: { k: number; written: string; bare: string }[] = [];
  const capitals: number[] = [];
  for (let k = 0; k < surface.length; k++) {
    const w = surface[k];
    if (w.length <= 5 && /^[A-Z.]+$/.test(w) && /[A-Z]/.test(w) && w.replace(/\./g, '').length >= 2) acronyms.push({ k, written: w, bare: w.replace(/\./g, '') });
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) capitals.push(k);
  }
  // A role noun the dictionary writes with a capital ("Congress") names an institution, not the
  // common word ("a party congress"): it asks for the capital as a proper name does. (Titles are
  // written capitalised but read in lower case too: "the pope".)
  const common = entries.filter((e) => !PROPER_KINDS.has(e.kind) && !(e.kind === 'role' && startsWithCapital(e.phrase)));
  return {
    acronyms, capitals, all: entrySetOf(entries), common: common.length === 0 ? NO_SET : entrySetOf(common),
    free: acronyms.length === 0 && capitals.length === 0,
  };
}

/**
 * The entries whose case the text at token `i` fits. Short all-capital acronyms must match
 * exactly (dots aside); for proper names, every capitalised word of the name must be capitalised
 * in the text too: "Islamic State" is a group, "a strict Islamic state" is not; "al-Maliki" is
 * written in lower case.
 */
function entriesFitting(checks: CaseChecks, tokens: TokenTable, i: number, anyCase: boolean): EntrySet {
  for (const a of checks.acronyms) {
    const t = tokens.text[i + a.k];
    if (t !== a.written && !sameWithoutDots(t, a.bare)) return NO_SET;
  }
  if (anyCase) return checks.all;
  for (const k of checks.capitals) {
    const word = tokens.text[i + k];
    const seen = word.charCodeAt(0);
    // "iSrael": a capital later in the word is a typing slip, not a common noun.
    if (seen >= 97 && seen <= 122 && !hasCapital(word)) return checks.common;
  }
  return checks.all;
}

/** True when `phrase` starts with a capital letter A-Z. */
function startsWithCapital(phrase: string): boolean {
  const c = phrase.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** True when `word` has a capital letter A-Z anywhere. */
function hasCapital(word: string): boolean {
  for (let p = 0; p < word.length; p++) {
    const c = word.charCodeAt(p);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** `text` with its full stops taken out is `bare` (what `text.replace(/\./g, '') === bare` says, without a new string). */
function sameWithoutDots(text: string, bare: string): boolean {
  let k = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === FULL_STOP) continue;
    if (k >= bare.length || bare.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === bare.length;
}

const NO_SET: EntrySet = entrySetOf(Object.freeze([]));
