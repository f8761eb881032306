import { describe, expect, it } from 'vitest';
import type { GoldEvent } from './gold.js';
import { scoringMethodFor } from './scoring-method.js';
import { goldOf } from './test-fixtures.js';

describe('scoringMethodFor', () => {
  it.each([
    ['petrarch2_gsr', 'dyadic-cameo'],
    ['petrarch2_pytest', 'dyadic-cameo'],
    ['plover_gsr_cameo', 'dyadic-plover'],
    ['cameo_manual_examples', 'code-recall'],
    ['conflibert_cameo_class', 'cameo-class'],
  ])('scores the known suite %s by %s', (suite, method) => {
    expect(scoringMethodFor(suite, [])).toBe(method);
  });

  it.each<[string, Partial<GoldEvent>, string]>([
    ['actor codes and CAMEO codes', { source: 'CHL', target: 'PER', code: '161' }, 'dyadic-cameo'],
    ['actor codes and PLOVER types', { source: 'CHL', target: 'PER', plover: 'REJECT' }, 'dyadic-plover'],
    ['root classes', { cameo_roots: '03-05' }, 'cameo-class'],
    ['codes without actors', { code: '161' }, 'code-recall'],
  ])('scores an unknown suite with %s by %s', (_name, event, method) => {
    expect(scoringMethodFor('home_made', [goldOf('a', 'home_made', [event])])).toBe(method);
  });
});
