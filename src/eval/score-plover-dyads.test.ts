import { describe, expect, it } from 'vitest';
import { ploverTypeRecall, scorePloverDyads } from './score-plover-dyads.js';
import { eventOf, goldOf, scoredOf } from './test-fixtures.js';

const suite = 'plover_gsr_cameo';

describe('scorePloverDyads', () => {
  it('scores (source country, target country, PLOVER type) triples', () => {
    const result = scorePloverDyads([
      scoredOf(goldOf('a', suite, [{ source: 'ARGGOV', target: 'CHLGOV', plover: 'AGREE' }]), eventOf('ARG', 'CHL', '057', { plover: 'AGREE' })),
      scoredOf(goldOf('b', suite, [{ source: 'SDNMIL', target: '---CVL', plover: 'ASSAULT' }]), eventOf('SDNMIL', 'SDNCVL', '190', { plover: 'ASSAULT' })),
    ]);
    expect(result.score).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(result.errors[0].errors.map((e) => e.cause)).toEqual(['wrong_actor_country', 'wrong_actor_country']);
  });

  it('scores both directions of a reciprocal gold pair', () => {
    const gold = goldOf('a', suite, [
      { source: 'JOR', target: 'GBR', plover: 'CONSULT' },
      { source: 'GBR', target: 'JOR', plover: 'CONSULT' },
    ]);
    const one = scorePloverDyads([scoredOf(gold, eventOf('JOR', 'GBR', '040', { plover: 'CONSULT' }))]);
    expect(one.score).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(one.errors[0].errors[0].cause).toBe('wrong_direction');
    const both = scorePloverDyads([scoredOf(gold, eventOf('JOR', 'GBR', '040', { plover: 'CONSULT' }), eventOf('GBR', 'JOR', '040', { plover: 'CONSULT' }))]);
    expect(both.score.f1).toBe(1);
  });

  it('does not count predictions PLOVER does not cover', () => {
    const result = scorePloverDyads([scoredOf(goldOf('a', suite, [{ source: 'ARG', target: 'CHL', plover: 'ACCUSE' }]), eventOf('ARG', 'CHL', '010'))]);
    expect(result.score).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(result.errors[0].errors[0].cause).toBe('no_prediction');
  });

  it('reports type recall with actors ignored', () => {
    const records = [
      scoredOf(goldOf('a', suite, [{ source: 'ARG', target: 'CHL', plover: 'ACCUSE' }]), eventOf('BRA', null, '112', { plover: 'ACCUSE' })),
      scoredOf(goldOf('b', suite, [{ source: 'ARG', target: 'CHL', plover: 'REJECT' }]), eventOf('ARG', 'CHL', '112', { plover: 'ACCUSE' })),
    ];
    expect(ploverTypeRecall(records)).toBe(0.5);
    expect(scorePloverDyads(records).figures[0]).toEqual({ name: 'type recall', value: 0.5, unit: 'share' });
  });

  it('judges the predictions it counts: matched ones right, false alarms wrong', () => {
    const result = scorePloverDyads([
      scoredOf(goldOf('a', suite, [{ source: 'ARG', target: 'CHL', plover: 'AGREE' }]),
        eventOf('ARG', 'CHL', '057', { plover: 'AGREE', confidence: 0.8 }),
        eventOf('ARG', 'BRA', '057', { plover: 'AGREE', confidence: 0.6 }),
        eventOf('ARG', 'CHL', '010', { confidence: 0.3 })),
    ]);
    expect(result.judged).toEqual([{ confidence: 0.8, right: true }, { confidence: 0.6, right: false }]);
  });
});
