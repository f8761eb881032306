import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import type { TokenTable } from '../../core/tokens.js';
import type { ActorEntry, ActorLexicon } from '../../lexicon/types.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createPhraseIndex } from './phrase-index.js';

const tagger = createWinkTagger();
const segment = createSegmentStage(tagger);

function entry(kind: ActorEntry['kind'], phrase: string, code: string): ActorEntry {
  return { kind, phrase, code, country: null, roles: [], name: null, from: null, to: null, origin: 'test' };
}

const lexicon: ActorLexicon = {
  entries: [
    entry('country', 'Iran', 'IRN'),
    entry('title', 'Prime Minister', 'GOV'),
    entry('role', 'officials', 'GOV'),
    entry('person', 'Hun Sen', 'KHMGOV'),
    entry('country', 'US', 'USA'),
  ],
} as unknown as ActorLexicon;

function tokensOf(text: string): TokenTable {
  return layer(segment.run(withLayers(createDocument(metaFor('t.txt'), text), { boilerplate: [] })), 'tokens');
}

/** Every match, token by token: [start, end, first entry's code], or null. */
function matches(index: ReturnType<typeof createPhraseIndex>, t: TokenTable): ([number, number, string] | null)[] {
  const out: ([number, number, string] | null)[] = [];
  for (let i = 0; i < t.count; i++) {
    const m = index.longestAt(t, i, t.count);
    out.push(m && [m.start, m.end, m.entries[0].code]);
  }
  return out;
}

describe('phrase index', () => {
  it.each([
    'Iran officials met Prime Minister Hun Sen.',
    'The prime minister of Iran met us, then US officials met Hun Sen',
    'iran and IRAN: Prime Minister Prime Minister officials.',
  ])('finds by word ids what it finds by text in %j', (text) => {
    const index = createPhraseIndex(lexicon, tagger);
    const t = tokensOf(text);
    const first = matches(index, t);
    // Once more: the first words are now remembered by id.
    expect(matches(index, t)).toEqual(first);
    expect(matches(index, { ...t, words: undefined })).toEqual(first);
  });

  it('finds "Hun Sen" at the end of a sentence, full stop and all', () => {
    const index = createPhraseIndex(lexicon, tagger);
    const t = tokensOf('Officials met Hun Sen.');
    const at = t.text.indexOf('Hun');
    expect(index.longestAt(t, at, t.count)?.entries[0].code ?? null).toBe('KHMGOV');
  });
});
