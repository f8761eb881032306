import { describe, expect, it } from 'vitest';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { placeNameStart, prepositionBeforePlace } from './place-lead.js';

const segment = createSegmentStage(createWinkTagger());

function tokensOf(text: string) {
  return layer(segment.run(withLayers(createDocument(metaFor('t', { date: '2001-01-01' }), text), { boilerplate: [] })), 'tokens');
}

describe('the lead of a place name', () => {
  it.each([
    ['in the northern city of Mosul', 'Mosul'],
    ['in the capital Lusaka', 'Lusaka'],
    ['in northern Chad', 'Chad'],
    ['in the eastern border town of Goma', 'Goma'],
    ['in Kinshasa', 'Kinshasa'],
    ['in West Darfur', 'West'],
  ])('finds the name in "%s"', (phrase, name) => {
    const t = tokensOf(`Rallies were held ${phrase} today.`);
    const prep = t.lower.indexOf('in');
    expect(t.text[placeNameStart(t, prep, t.count)]).toBe(name);
  });

  it('looks back from a name over its lead to the preposition', () => {
    const t = tokensOf('Rallies were held in the southern port of Basra today.');
    expect(t.lower[prepositionBeforePlace(t, t.text.indexOf('Basra'), 0)]).toBe('in');
  });

  it('finds no preposition when nothing leads the name', () => {
    const t = tokensOf('Basra was calm today.');
    expect(prepositionBeforePlace(t, 0, 0)).toBe(-1);
  });
});
