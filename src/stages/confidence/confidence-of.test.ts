import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../core/actor.js';
import type { CodedEvent, EventCues } from '../../core/event.js';
import { confidenceOf } from './confidence-of.js';

function actor(code: string, country: string | null, evidence: ActorMention['evidence'] = 'dictionary'): ActorMention {
  return { kind: 'actor', sentence: 0, tokens: [0, 1], phrase: [0, 1], span: [0, 3], code, country, roles: [], name: null, evidence, group: null };
}

const cues: EventCues = { voice: 'active', patternWords: 1, sourceFound: 'subject', targetFound: 'pattern', distance: 2, expanded: false, clause: 'main' };

function event(over: Partial<CodedEvent> = {}, cueOver: Partial<EventCues> = {}): CodedEvent {
  return {
    kind: 'event', sentence: 0, trigger: [1, 2], triggerSpan: [4, 11], source: actor('USA', 'USA'), target: actor('IRN', 'IRN'),
    cameo: '112', modality: 'asserted', pattern: 'test', cues: { ...cues, ...cueOver }, ...over,
  };
}

describe('confidence', () => {
  it('is a number between 0 and 1', () => {
    for (const e of [event(), event({ source: null, target: null }), event({ modality: 'negated' })]) {
      expect(confidenceOf(e)).toBeGreaterThan(0);
      expect(confidenceOf(e)).toBeLessThan(1);
    }
  });

  it.each([
    ['a missing source', event({ source: null })],
    ['a missing target', event({ target: null })],
    ['a noun instead of a verb', event({}, { voice: 'nominal' })],
    ['a negation', event({ modality: 'negated' })],
    ['a hypothetical', event({ modality: 'hypothetical' })],
    ['a plain statement (010)', event({ cameo: '010' })],
    ['an actor of unknown country', event({ source: actor('---GOV', null) })],
    ['a complement clause', event({}, { clause: 'complement' })],
  ])('is lower for %s than for a plain active event with both actors', (_why, weaker) => {
    expect(confidenceOf(weaker)).toBeLessThan(confidenceOf(event()));
  });

  it.each(['012', '0141', '018'])('scores a specific statement code %s as any other act, not as a plain statement', (cameo) => {
    expect(confidenceOf(event({ cameo }))).toBe(confidenceOf(event()));
    expect(confidenceOf(event({ cameo }))).toBeGreaterThan(confidenceOf(event({ cameo: '010' })));
  });

  it('is higher when more words of the pattern matched', () => {
    expect(confidenceOf(event({}, { patternWords: 3 }))).toBeGreaterThan(confidenceOf(event({}, { patternWords: 0 })));
  });
});
