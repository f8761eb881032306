import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import type { TokenTable } from '../../core/tokens.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { HeadLookup, type HeadTable } from './head-lookup.js';
import type { HeadPatterns, PatternIndex } from './pattern-index.js';

const segment = createSegmentStage(createWinkTagger());

/** A stand-in head: only its identity matters here. */
function head(name: string): HeadPatterns {
  return { name } as unknown as HeadPatterns;
}

const meet = head('meet');
const impose = head('impose');
const talk = head('talk');
const INDEX = {
  verbs: new Map([['meet', meet], ['impose', impose]]),
  nouns: new Map([['talk', talk]]),
  reVerbs: new Map([['re-impose', impose]]),
  verbForms: new Map([['imposed', impose]]),
} as unknown as PatternIndex;

function tokensOf(text: string): TokenTable {
  return layer(segment.run(withLayers(createDocument(metaFor('t.txt'), text), { boilerplate: [] })), 'tokens');
}

describe('HeadLookup', () => {
  it.each([
    ['verbs', 'lemma', 'The envoys met and will meet again.', [meet, meet]],
    ['nouns', 'lemma', 'The talks and the talk.', [talk, talk]],
    ['reVerbs', 'lower', 'They re-impose curbs.', [impose]],
    ['verbForms', 'lower', 'Curbs imposed, Imposed.', [impose, impose]],
  ] as const)('reads %s by %s as the Map does, by word id and by text (%j)', (table: HeadTable, form, text, found) => {
    const heads = new HeadLookup(INDEX);
    const t = tokensOf(text);
    const byIds = (): (HeadPatterns | undefined)[] => Array.from({ length: t.count }, (_, k) => heads.at(table, t, k, form));
    const expected = Array.from({ length: t.count }, (_, k) => INDEX[table].get(t[form][k]));
    expect(byIds()).toEqual(expected);
    expect(byIds()).toEqual(expected);
    const plain = { ...t, words: undefined };
    expect(Array.from({ length: t.count }, (_, k) => heads.at(table, plain, k, form))).toEqual(expected);
    expect(expected.filter((h) => h !== undefined)).toEqual(found);
  });
});
