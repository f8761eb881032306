import { describe, expect, it } from 'vitest';
import { scoreCodeRecall } from './score-code-recall.js';
import { eventOf, goldOf, scoredOf } from './test-fixtures.js';

const suite = 'cameo_manual_examples';

describe('scoreCodeRecall', () => {
  const records = [
    scoredOf(goldOf('a', suite, [{ code: '0233' }]), eventOf('KEN', null, '0233'), eventOf('KEN', 'UGA', '036')),
    scoredOf(goldOf('b', suite, [{ code: '0233' }]), eventOf(null, null, '023')),
    scoredOf(goldOf('c', suite, [{ code: '1041' }]), eventOf('KEN', null, '051')),
    scoredOf(goldOf('d', suite, [{ code: '1041' }])),
  ];
  const result = scoreCodeRecall(records);

  it('counts a record as found when its code is among the coded events', () => {
    expect(result.score).toMatchObject({ tp: 1, fp: null, fn: 3, precision: null, recall: 0.25, f1: null });
  });

  it('reports code recall, root recall and events per record', () => {
    expect(result.figures).toEqual([
      { name: 'code recall', value: 0.25, unit: 'share' },
      { name: 'root recall', value: 0.5, unit: 'share' },
      { name: 'events per record', value: 1, unit: 'mean' },
    ]);
  });

  it('explains misses as a wrong code, a wrong root or nothing coded', () => {
    expect(result.errors.map((r) => [r.id, r.errors[0].cause])).toEqual([
      ['b', 'wrong_code'],
      ['c', 'wrong_root'],
      ['d', 'no_prediction'],
    ]);
  });

  it('judges each prediction right when its root is an expected code\'s root', () => {
    expect(result.judged.map((j) => j.right)).toEqual([true, false, true, false]);
  });

  it('judges every prediction on an expect_none record wrong', () => {
    const none = scoreCodeRecall([scoredOf(goldOf('e', suite, []), eventOf('KEN', null, '042', { confidence: 0.9 }))]);
    expect(none.judged).toEqual([{ confidence: 0.9, right: false }]);
  });
});
