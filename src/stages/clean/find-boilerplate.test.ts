import { describe, it, expect } from 'vitest';
import { loadBoilerplateRules, parseBoilerplateRules } from './boilerplate-rules.js';
import { findBoilerplate, MAX_BOILERPLATE_LINE } from './find-boilerplate.js';

const tiny = parseBoilerplateRules('kind\tpattern\tnotes\nshare\t(?i)^share this$\tx\nchrome\t^Advertisement$\ty\n', 'tiny.tsv');

describe('findBoilerplate', () => {
  it('reports each marked line with its kind and the rule that matched', () => {
    expect(findBoilerplate('Iran met Iraq.\n  Share this \nAdvertisement', tiny)).toEqual([
      { kind: 'share', span: [17, 27], rule: 'tiny.tsv:2' },
      { kind: 'chrome', span: [29, 42], rule: 'tiny.tsv:3' },
    ]);
  });

  it('takes the first matching rule when several match', () => {
    const both = parseBoilerplateRules('kind\tpattern\tnotes\nshare\t^Ad$\t\nchrome\t^Ad$\t\n', 'b.tsv');
    expect(findBoilerplate('Ad', both).map((l) => l.kind)).toEqual(['share']);
  });

  it('reads an empty text as having no boilerplate', () => {
    expect(findBoilerplate('', tiny)).toEqual([]);
  });

  it('counts offsets in UTF-16 units, past astral characters', () => {
    const text = '🇰🇪 Kenya met Somalia.\nShare this';
    const [line] = findBoilerplate(text, tiny);
    expect(text.slice(line.span[0], line.span[1])).toBe('Share this');
  });

  // Regression: the share-button rule once backtracked exponentially on a long row of words.
  it('finishes the shipped rules on long repetitive lines', () => {
    const rules = loadBoilerplateRules();
    const pieces = ['facebook twitter ', 'Jane ', ', A-B', ' - Aa', 'AB ', 'photo/', '1 ', '» ', 'to our '];
    const prefixes = ['', 'By ', 'Share ', 'SUPPORT ', 'Published ', 'Home » ', 'Subscribe ', '('];
    const lines = prefixes.flatMap((pre) => pieces.map((p) => `${pre}${p.repeat(Math.ceil(MAX_BOILERPLATE_LINE / p.length))}`.slice(0, MAX_BOILERPLATE_LINE - 2) + ' !'));
    expect(findBoilerplate(lines.join('\n'), rules).length).toBeGreaterThanOrEqual(0);
  });
});
