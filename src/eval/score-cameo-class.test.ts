import { describe, expect, it } from 'vitest';
import { scoreCameoClass, topEvent } from './score-cameo-class.js';
import { eventOf, goldOf, scoredOf } from './test-fixtures.js';

const suite = 'conflibert_cameo_class';
const classed = (id: string, cameo_roots: string) => goldOf(id, suite, [{ cameo_roots }]);

describe('scoreCameoClass', () => {
  it.each([
    ['01-02', '020', true],
    ['01-02', '030', false],
    ['03-05', '042', true],
    ['06-08', '0874', true],
    ['09-13,16', '112', true],
    ['09-13,16', '160', true],
    ['09-13,16', '140', false],
    ['14-15,17-20', '145', true],
    ['14-15,17-20', '163', false],
    ['14-15,17-20', '200', true],
  ])('in class %s, a top event %s is right: %s', (label, cameo, right) => {
    const result = scoreCameoClass([scoredOf(classed('a', label), eventOf('IRQ', 'SYR', cameo))]);
    expect(result.score.tp).toBe(right ? 1 : 0);
  });

  it('judges only the most confident event, the first of equals', () => {
    const right = scoreCameoClass([scoredOf(classed('a', '14-15,17-20'), eventOf('IRQ', 'SYR', '042', { confidence: 0.4 }), eventOf('IRQ', 'SYR', '190', { confidence: 0.9 }))]);
    expect(right.score.tp).toBe(1);
    const tie = scoreCameoClass([scoredOf(classed('a', '14-15,17-20'), eventOf('IRQ', 'SYR', '042', { confidence: 0.6 }), eventOf('IRQ', 'SYR', '190', { confidence: 0.6 }))]);
    expect(tie.score.tp).toBe(0);
    expect(topEvent([])).toBeNull();
  });

  it('counts a record with no event as wrong, and reports coverage and accuracy among covered', () => {
    const result = scoreCameoClass([
      scoredOf(classed('a', '03-05'), eventOf('IRQ', 'SYR', '043')),
      scoredOf(classed('b', '03-05'), eventOf('IRQ', 'SYR', '120')),
      scoredOf(classed('c', '03-05')),
      scoredOf(classed('d', '03-05')),
    ]);
    expect(result.figures).toEqual([
      { name: 'top-1 accuracy', value: 0.25, unit: 'share' },
      { name: 'coverage', value: 0.5, unit: 'share' },
      { name: 'accuracy among covered', value: 0.5, unit: 'share' },
    ]);
    expect(result.score).toMatchObject({ tp: 1, fp: 1, fn: 3, precision: 0.5, recall: 0.25 });
    expect(result.errors.map((r) => [r.id, r.errors[0].cause])).toEqual([['b', 'wrong_root'], ['c', 'no_prediction'], ['d', 'no_prediction']]);
  });

  it('skips records without a class label', () => {
    const result = scoreCameoClass([scoredOf(goldOf('a', suite, [{ code: '042' }]), eventOf('IRQ', 'SYR', '042'))]);
    expect(result.records).toBe(0);
    expect(result.score.recall).toBeNull();
  });

  it('judges every event of a labelled record by whether its root is in the class', () => {
    const result = scoreCameoClass([
      scoredOf(classed('a', '14-15,17-20'), eventOf('IRQ', 'SYR', '042', { confidence: 0.4 }), eventOf('IRQ', 'SYR', '190', { confidence: 0.9 })),
      scoredOf(goldOf('b', suite, [{ code: '042' }]), eventOf('IRQ', 'SYR', '042')),
    ]);
    expect(result.judged).toEqual([{ confidence: 0.4, right: false }, { confidence: 0.9, right: true }]);
  });
});
