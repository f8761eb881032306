import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../core/actor.js';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import type { CodedEvent, EventCues } from '../../core/event.js';
import { CALIBRATION_FORMAT, type ConfidenceCalibration } from '../../lexicon/confidence-calibration.js';
import { calibratedConfidence } from './calibrate-confidence.js';
import { confidenceOf } from './confidence-of.js';
import { createConfidenceStage } from './confidence-stage.js';

function actor(code: string): ActorMention {
  return { kind: 'actor', sentence: 0, tokens: [0, 1], phrase: [0, 1], span: [0, 3], code, country: code.slice(0, 3), roles: [], name: null, evidence: 'dictionary', group: null };
}

const cues: EventCues = { voice: 'active', patternWords: 1, sourceFound: 'subject', targetFound: 'pattern', distance: 2, expanded: false, clause: 'main' };

function event(over: Partial<CodedEvent> = {}): CodedEvent {
  return { kind: 'event', sentence: 0, trigger: [1, 2], triggerSpan: [4, 11], source: actor('USA'), target: actor('IRN'), cameo: '112', modality: 'asserted', pattern: 'test', cues, ...over };
}

/** A strong event, one with no target, one with no actor at all: three raw scores. */
const events = [event(), event({ target: null }), event({ source: null, target: null, cameo: '010' })];
const doc = withLayers(createDocument(metaFor('t.txt'), 'The United States accused Iran.'), { events });

const table: ConfidenceCalibration = {
  format: CALIBRATION_FORMAT,
  method: 'isotonic',
  provenance: { fitted: '2026-01-02', suites: [], predictions: 0, right: 0, ece: {}, why: 'invented for a test' },
  points: [[0, 0.2], [0.5, 0.6], [1, 0.95]],
};

describe('confidence stage', () => {
  it('gives the raw score of each event without a table', () => {
    const out = layer(createConfidenceStage({ calibration: null }).run(doc), 'eventConfidence');
    expect(out).toEqual(events.map(confidenceOf));
  });

  it('reads each raw score through the calibration table', () => {
    const out = layer(createConfidenceStage({ calibration: table }).run(doc), 'eventConfidence');
    expect(out).toEqual(events.map((e) => calibratedConfidence(table.points, confidenceOf(e))));
    expect(out[0]).not.toBe(confidenceOf(events[0]));
  });

  it('keeps the order of the events\' confidences', () => {
    const raw = events.map(confidenceOf);
    const out = layer(createConfidenceStage({ calibration: table }).run(doc), 'eventConfidence');
    expect(out.map((_, i) => i).sort((a, b) => out[b] - out[a])).toEqual(raw.map((_, i) => i).sort((a, b) => raw[b] - raw[a]));
  });
});

describe('calibratedConfidence', () => {
  it.each([
    [0, 0.2], [0.25, 0.4], [0.5, 0.6], [0.75, 0.775], [1, 0.95], [-0.2, 0.2], [1.3, 0.95],
  ])('reads raw %f as %f', (raw, expected) => {
    expect(calibratedConfidence(table.points, raw)).toBeCloseTo(expected, 6);
  });

  it('keeps raw scores 0.001 apart apart on a gently rising table', () => {
    const gentle = [[0, 0.5], [1, 0.51]] as const;
    expect(calibratedConfidence(gentle, 0.401)).toBeGreaterThan(calibratedConfidence(gentle, 0.4));
  });
});
