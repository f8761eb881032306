/** What the raw-token tagger remembers of one wink-nlp lexeme (see LexemeMemo). */
export class Lexeme {
  /** The tag number `lemma` goes with; -1 until a lemma is remembered. */
  tag = -1;
  lemma = '';
  /** The vocabulary id of `lemma` (-1: none). */
  lemmaId = -1;

  /** `valueId`, `lowerId`: the vocabulary ids of `value` and `lower` (-1: none). */
  constructor(readonly value: string, readonly lower: string, readonly lowerId = -1, readonly valueId = -1) {}
}

/** Lexeme ids from here on (words first seen late in a very long run) are not kept by id. */
const LEXEME_IDS = 1 << 21;
/** Lemmas under a lexeme's second and later tags past this many start again. */
const OTHER_LEMMAS_LIMIT = 500_000;

/**
 * Per wink-nlp lexeme id: its value, lower-cased value and lower-cased lemma under the first tag
 * it is tagged with (one object per lexeme, so a token costs one look-up by id); lemmas under its
 * other tags sit in a Map. A lexeme's value never changes, and its lemma depends only on it and
 * its tag (see LemmaMemo). Bounded; one memo belongs to one tagger.
 *
 * @example
 * const lexemes = new LexemeMemo((id) => cache.value(id));
 * const met = lexemes.lexeme(1234); // met.value 'Met', met.lower 'met'
 * lexemes.setLemma(met, 1234, 15, 'meet');
 * lexemes.lemma(met, 1234, 15) // 'meet'
 */
export class LexemeMemo {
  // Kept dense (filled with undefined up to the largest id seen): V8 turns an array written at
  // scattered large indices into a slow dictionary.
  private readonly byId: (Lexeme | undefined)[] = [];
  private readonly others = new Map<number, string>();

  /** `wordId` gives each lexeme's value, lower-cased value and lemmas their vocabulary ids (none without). */
  constructor(private readonly valueOf: (id: number) => string, private readonly wordId: (word: string) => number = noWordId) {}

  lexeme(id: number): Lexeme {
    const known = this.byId[id];
    if (known !== undefined) return known;
    const value = this.valueOf(id);
    const lower = value.toLowerCase();
    const lowerId = this.wordId(lower);
    const lexeme = new Lexeme(value, lower, lowerId, value === lower ? lowerId : this.wordId(value));
    if (id < LEXEME_IDS) {
      while (this.byId.length <= id) this.byId.push(undefined);
      this.byId[id] = lexeme;
    }
    return lexeme;
  }

  /** The remembered lemma of lexeme `id` under tag number `tag`, if any. */
  lemma(lexeme: Lexeme, id: number, tag: number): string | undefined {
    return lexeme.tag === tag ? lexeme.lemma : lexeme.tag < 0 ? undefined : this.others.get(id * 64 + tag);
  }

  setLemma(lexeme: Lexeme, id: number, tag: number, lemma: string): void {
    if (lexeme.tag < 0) {
      lexeme.tag = tag;
      lexeme.lemma = lemma;
      lexeme.lemmaId = lemma === lexeme.lower ? lexeme.lowerId : this.wordId(lemma);
      return;
    }
    if (this.others.size >= OTHER_LEMMAS_LIMIT) this.others.clear();
    this.others.set(id * 64 + tag, lemma);
  }
}

function noWordId(): number {
  return -1;
}
