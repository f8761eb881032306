import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { WordFacts } from '../../core/word-facts.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createOfflineGeocoder } from './offline-geocoder.js';
import { findPlaceMentions } from './place-mentions.js';

const segment = createSegmentStage(createWinkTagger());
const geocoder = createOfflineGeocoder();

function segmented(text: string) {
  return segment.run(withLayers(createDocument(metaFor('t.txt'), text), { boilerplate: [] }));
}

describe('findPlaceMentions', () => {
  it.each([
    "Envoys met in Baghdad's Green Zone, then flew from New York to The Hague.",
    'NEW YORK officials and New Yorkers rallied in New York City; Georgia and Tbilisi followed.',
    'The Democratic Republic of the Congo and the Gaza Strip: Kinshasa, Gaza-based groups.',
  ])('finds by word ids what it finds by text in %j', (text) => {
    const doc = segmented(text);
    const sentences = layer(doc, 'sentences');
    const tokens = layer(doc, 'tokens');
    const nameStarts = new WordFacts();
    const first = findPlaceMentions(text, sentences, tokens, geocoder, [], nameStarts);
    // Once more: every word's name start is now remembered.
    expect(findPlaceMentions(text, sentences, tokens, geocoder, [], nameStarts)).toEqual(first);
    expect(findPlaceMentions(text, sentences, tokens, geocoder, [])).toEqual(first);
    expect(first.mentions.length).toBeGreaterThan(1);
  });
});
