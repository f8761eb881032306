import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import { loadActorLexicon } from '../../lexicon/actor-lexicon.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createActorsStage } from './actors-stage.js';

const tagger = createWinkTagger();
const segment = createSegmentStage(tagger);
const actorsStage = createActorsStage(loadActorLexicon(), tagger);

/** Each actor of `text` as "CODE=phrase words". */
function actorsOf(text: string): string[] {
  const doc = actorsStage.run(segment.run(withLayers(createDocument(metaFor('t', { date: '2004-03-02' }), text), { boilerplate: [] })));
  const tokens = layer(doc, 'tokens');
  return layer(doc, 'actors').map((a) => `${a.code}=${text.slice(tokens.start[a.phrase[0]], tokens.end[a.phrase[1] - 1])}`);
}

// Issue 3: the one who chairs, heads, leads or speaks for a body acts as that body (its country
// and role), as "Iraqi Prime Minister" does for titles; the head of a country is its government.
describe('leaders of a body', () => {
  it.each([
    ['The chairman of the African Union criticized Sudan.', 'IGOAFRAFU=The chairman of the African Union'],
    ['A spokesman for the Iraqi Interior Ministry condemned the attack.', 'IRQGOV=A spokesman for the Iraqi Interior Ministry'],
    ['The head of the Egyptian delegation praised Sudan.', 'EGYGOV=The head of the Egyptian delegation'],
    ['The PLO chairman met Jordanian officials.', 'PSEGOV=The PLO chairman'],
    ["Iran's nuclear chief criticized the inspectors.", "IRNGOV=Iran's nuclear chief"],
  ])('codes the leader in %j as the body', (text, expected) => {
    expect(actorsOf(text)).toContain(expected);
  });

  it('leaves a name after the leader noun to the name: "Hamas chairman Khaled Meshaal"', () => {
    expect(actorsOf('Hamas chairman Khaled Meshaal met Egyptian officials.')[0]).toMatch(/^PSE/);
  });

  it('leaves a compound of bodies as it is: "the leaders of Iran and Iraq"', () => {
    const actors = actorsOf('The leaders of Iran and Iraq met in Geneva.');
    expect(actors.some((a) => a.startsWith('IRN'))).toBe(true);
    expect(actors.some((a) => a.startsWith('IRQ'))).toBe(true);
  });
});
