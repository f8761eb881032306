import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { createWinkReader, type WinkModel } from './wink-reader.js';
import { createPublicApiTagger, createWinkTagger, type TaggedBlock } from './tagger.js';

/** Texts written for these tests: contractions, odd spaces, hyphens, numbers, quotes, tabs, URLs. */
const TEXTS: readonly string[] = [
  'Iran met Iraq.',
  "He can't go. It's late, and they won't wait; we'd rather not.",
  'The ministers met and held talks; the talks were held after the ministers had met.',
  'TEHRAN (Wire) - Foreign Minister Ali al-Maliki and his Syrian counterpart signed a cease-fire on Tuesday.',
  'Prices rose 3.5% to $1,200 on 12/05/2021 at 10:30am; see https://example.org/a?b=1 or mail desk@example.org.',
  'x\tcannot\u2026 They cannot.',
  'Non\u00a0breaking\u2009thin  double   triple spaces.',
  '\u201cWe will not yield,\u201d the spokesman said. \u2018Never,\u2019 he added!',
  'U.S. and U.K. officials met Mr. Smith at 5 p.m. in St. Louis, Mo., on Jan. 3rd.',
  'Rebels shelled the town... Dozens fled -- many to the north -- overnight?!',
  "Kenya's and Uganda's leaders' talks (held in Nairobi) ended; #peace @un :)",
  'gonna wanna gotta ain\'t y\'all o\'clock rock\'n\'roll',
  'Émile Zoë naïve café résumé Ñandú, 2nd, 21st, 103rd, 1990s.',
  'A',
  '...',
  // A word wink-nlp does not know, first seen with punctuation attached, then alone, then in other cases.
  'Blorvania, Kesh-Tarim and Zumwaltia signed.',
  'Blorvania signed; BLORVANIA and blorvania did too, as did Zumwaltia\'s envoy.',
];

function plain(t: TaggedBlock): object {
  return { values: t.values, lower: t.lower, pos: t.pos, lemmas: t.lemmas, sentences: t.sentences.map(([s, e]) => [s, e]), spaces: t.spaces };
}

describe('raw-token wink tagger', () => {
  const fast = createWinkTagger();
  const reference = createPublicApiTagger();

  it.each(TEXTS.map((t) => [t]))('tags %j exactly as wink-nlp\'s public API does', (text) => {
    expect(plain(fast.tag(text))).toEqual(plain(reference.tag(text)));
  });

  it('tags every text the same again once its words are known (remembered lookups and lemmas)', () => {
    for (const text of TEXTS) expect(plain(fast.tag(text))).toEqual(plain(reference.tag(text)));
  });
});

describe('wink reader', () => {
  it('reads with the internals of the pinned wink-nlp version (else the tagger falls back to the public API)', () => {
    expect(createWinkReader(model as unknown as WinkModel)).not.toBeNull();
  });
});
