import { describe, expect, it } from 'vitest';
import type { SuiteFigure } from './eval-report.js';
import { scoreCameoDyads } from './score-cameo-dyads.js';
import { actorOf, dyadGoldOf, eventOf, scoredOf } from './test-fixtures.js';

function figure(figures: readonly SuiteFigure[], name: string): number | null | undefined {
  return figures.find((f) => f.name === name)?.value;
}

describe('scoreCameoDyads', () => {
  it('scores a perfect coder 1 at root and code level', () => {
    const result = scoreCameoDyads([
      scoredOf(dyadGoldOf('a', [['CHLGOV', 'PER', '161']]), eventOf('CHLGOV', 'PERGOV', '161')),
      scoredOf(dyadGoldOf('b', [['KENPOL', 'UGA', '173']]), eventOf('KENCOP', 'UGACVL', '173')),
    ]);
    expect(result.score).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(figure(result.figures, 'code F1')).toBe(1);
    expect(result.errors).toEqual([]);
  });

  it('counts a right root with a wrong subcode at root level only', () => {
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161']]), eventOf('CHL', 'PER', '163'))]);
    expect(result.score.f1).toBe(1);
    expect(figure(result.figures, 'code precision')).toBe(0);
    expect(figure(result.figures, 'code recall')).toBe(0);
  });

  it('scores a partial coder by precision and recall', () => {
    const result = scoreCameoDyads([
      scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161'], ['PER', 'CHL', '111']]), eventOf('CHL', 'PER', '161'), eventOf('CHL', 'BOL', '042')),
      scoredOf(dyadGoldOf('b', [['KEN', 'UGA', '036']])),
    ]);
    expect(result.score).toMatchObject({ tp: 1, fp: 1, fn: 2, precision: 0.5 });
    expect(result.score.recall).toBeCloseTo(1 / 3);
    expect(result.score.f1).toBeCloseTo(0.4);
    expect(result.goldEvents).toBe(3);
    expect(result.predicted).toBe(2);
  });

  it('counts a swapped dyad as a miss and a false alarm caused by wrong direction', () => {
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', [['IND', 'PAK', '112']]), eventOf('PAKGOV', 'INDGOV', '112'))]);
    expect(result.score).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(result.errors[0].errors.map((e) => [e.kind, e.cause])).toEqual([
      ['miss', 'wrong_direction'],
      ['false_alarm', 'wrong_direction'],
    ]);
    expect(result.causes.misses.wrong_direction).toBe(1);
    expect(result.causes.falseAlarms.wrong_direction).toBe(1);
  });

  it('counts every event coded from an expect_none record as a false alarm, dyadic or not', () => {
    const result = scoreCameoDyads([
      scoredOf(dyadGoldOf('quiet', [], { expect_none: true }), eventOf('CHL', 'PER', '010'), eventOf('CHL', null, '010')),
    ]);
    expect(result.score).toMatchObject({ tp: 0, fp: 2, fn: 0, precision: 0, recall: null });
    expect(result.errors[0].errors.every((e) => e.kind === 'false_alarm' && e.cause === 'spurious')).toBe(true);
    expect(figure(result.figures, 'expect_none records')).toBe(1);
    expect(figure(result.figures, 'expect_none records with an event')).toBe(1);
    expect(figure(result.figures, 'false alarms on expect_none records')).toBe(2);
  });

  it('ignores predictions that lack an actor outside expect_none records', () => {
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161']]), eventOf('CHL', 'PER', '161'), eventOf(null, 'PER', '120'))]);
    expect(result.score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it.each([
    ['a triple coded twice and predicted three times', [['CHL', 'PER', '190'], ['CHL', 'PER', '193']], 3, { tp: 2, fp: 1, fn: 0 }],
    ['a triple coded twice and predicted once', [['CHL', 'PER', '190'], ['CHL', 'PER', '193']], 1, { tp: 1, fp: 0, fn: 1 }],
  ] as const)('matches as multisets: %s', (_name, triples, times, tally) => {
    const predicted = Array.from({ length: times }, () => eventOf('CHL', 'PER', '190'));
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', triples), ...predicted)]);
    expect(result.score).toMatchObject(tally);
  });

  it.each([
    ['ROMGOV', actorOf('ROUGOV')],
    ['ZARMIL', actorOf('CODMIL')],
    ['TMP', actorOf('TLS')],
    ['ROU', actorOf('ROMGOV', 'ROM')],
  ])('matches the legacy country code %s to its ISO form', (gold, source) => {
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', [[gold, 'HUN', '036']]), eventOf(source, 'HUN', '036'))]);
    expect(result.score.tp).toBe(1);
  });

  it('matches a gold "---" actor to a predicted actor of no country', () => {
    const result = scoreCameoDyads([
      scoredOf(dyadGoldOf('a', [['---REB', 'NGA', '190']]), eventOf(actorOf('REB', null), 'NGAMIL', '190')),
      scoredOf(dyadGoldOf('b', [['---', 'NGA', '190']]), eventOf('NGA', 'NGAMIL', '190')),
    ]);
    expect(result.score).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.errors.map((r) => r.id)).toEqual(['b']);
    expect(result.errors[0].errors[0].cause).toBe('wrong_actor_country');
  });

  it.each([
    ['nothing coded', [], 'no_prediction'],
    ['another target country', [eventOf('CHL', 'BOL', '161')], 'wrong_actor_country'],
    ['the same event with its source missing', [eventOf(null, 'PER', '161')], 'wrong_actor_country'],
    ['the same dyad with another root', [eventOf('CHL', 'PER', '042')], 'wrong_root'],
    ['an unrelated event', [eventOf('ARG', 'BRA', '042')], 'wrong_root'],
  ])('explains a miss with %s as %s', (_name, predicted, cause) => {
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161']]), ...predicted)]);
    expect(result.errors[0].errors[0]).toMatchObject({ kind: 'miss', cause, index: 0 });
  });

  it('calls a prediction spurious when nothing in the gold is left to explain it', () => {
    const result = scoreCameoDyads([scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161']]), eventOf('CHL', 'PER', '161'), eventOf('ARG', 'BRA', '042'))]);
    expect(result.errors[0].errors).toEqual([{ kind: 'false_alarm', cause: 'spurious', tuple: { source: 'ARG', target: 'BRA', event: '04' }, index: 1 }]);
  });

  it('shows the predicted events of a record with an error, with their pattern', () => {
    const result = scoreCameoDyads([
      scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161']]), eventOf('PER', 'CHL', '161', { pattern: 'verbs/16.txt:4', confidence: 0.7 })),
    ]);
    expect(result.errors[0].predicted[0]).toMatchObject({ source: 'PER', target: 'CHL', cameo: '161', pattern: 'verbs/16.txt:4', confidence: 0.7 });
  });

  it('judges dyadic predictions by the root-level match, and every prediction on an expect_none record', () => {
    const result = scoreCameoDyads([
      scoredOf(dyadGoldOf('a', [['CHL', 'PER', '161']]), eventOf('CHL', 'PER', '163', { confidence: 0.7 }), eventOf('CHL', null, '042', { confidence: 0.5 })),
      scoredOf(dyadGoldOf('b', [], { expect_none: true }), eventOf('CHL', null, '042', { confidence: 0.4 })),
    ]);
    expect(result.judged).toEqual([{ confidence: 0.7, right: true }, { confidence: 0.4, right: false }]);
  });
});
