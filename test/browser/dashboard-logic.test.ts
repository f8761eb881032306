import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../web/src/cluster-points.js';
import { csvField, toCsv } from '../../web/src/csv.js';
import { codePointOffsets } from '../../web/src/offsets.js';
import { brushedDays, periodEnd } from '../../web/src/periods.js';
import { INITIAL_STATE, createState, filterParameters } from '../../web/src/state.js';
import { layoutText } from '../../web/src/text-layers.js';
import { hashOf, stateFromHash } from '../../web/src/url-state.js';

// The dashboard's logic that needs no browser (issue 5).

describe('codePointOffsets', () => {
  it('is the identity for text in the Basic Multilingual Plane', () => {
    expect(codePointOffsets('Cairo, café')(7)).toBe(7);
  });

  it('counts a character outside it as two UTF-16 units', () => {
    const text = 'a😀b 𝔸c';
    const toUnits = codePointOffsets(text);
    expect([0, 1, 2, 3, 4, 5, 6].map(toUnits)).toEqual([0, 1, 3, 4, 5, 7, 8]);
    expect(text.slice(toUnits(4), toUnits(6))).toBe('𝔸c');
  });
});

describe('layoutText', () => {
  it('cuts sentences into runs of the same highlights, and keeps the gaps between them', () => {
    const blocks = layoutText(20, [{ index: 0, start: 0, end: 9 }, { index: 1, start: 11, end: 20 }],
      [{ start: 0, end: 4, kind: 'actor', title: 'ISR' }, { start: 2, end: 6, kind: 'trigger' }, { start: 11, end: 20, kind: 'boilerplate' }]);
    expect(blocks.map((b) => [b.start, b.end, b.sentence])).toEqual([[0, 9, 0], [9, 11, null], [11, 20, 1]]);
    expect(blocks[0].pieces.map((p) => [p.start, p.end, p.kinds.join('+')])).toEqual([[0, 2, 'actor'], [2, 4, 'actor+trigger'], [4, 6, 'trigger'], [6, 9, '']]);
    expect(blocks[0].pieces[0].titles).toEqual(['ISR']);
    expect(blocks[2].pieces.map((p) => p.kinds)).toEqual([['boilerplate']]);
  });

  it('covers the whole text exactly once', () => {
    const blocks = layoutText(10, [{ index: 0, start: 2, end: 5 }], [{ start: 4, end: 8, kind: 'place' }]);
    expect(blocks.flatMap((b) => b.pieces.map((p) => [p.start, p.end]))).toEqual([[0, 2], [2, 4], [4, 5], [5, 8], [8, 10]]);
  });
});

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['=cmd()', "'=cmd()"],
    [null, ''],
  ])('writes %j as %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes a header and CRLF-ended rows', () => {
    expect(toCsv([{ name: 'code', value: (r: { c: string }) => r.c }], [{ c: '190' }])).toBe('code\r\n190\r\n');
  });
});

describe('clusterPoints', () => {
  it('draws points within the radius as one, at their weighted centre', () => {
    const clusters = clusterPoints([
      { x: 0, y: 0, weight: 3, item: 'Sanaa' }, { x: 4, y: 0, weight: 1, item: 'Aden' }, { x: 100, y: 0, weight: 2, item: 'Cairo' },
    ], 10);
    expect(clusters.map((c) => [c.items, c.weight, c.x])).toEqual([[['Sanaa', 'Aden'], 4, 1], [['Cairo'], 2, 100]]);
  });
});

describe('periods', () => {
  it('turns a brushed interval into whole days', () => {
    expect(brushedDays(new Date('2015-01-03T10:00:00Z'), new Date('2015-01-09T02:00:00Z'))).toEqual({ from: '2015-01-03', to: '2015-01-09' });
  });

  it.each([['2015-01-05', 'week', '2015-01-12'], ['2015-12', 'month', '2016-01-01'], ['2015-02-28', 'day', '2015-03-01']] as const)(
    'ends the %s %s before %s', (period, per, next) => {
      expect(periodEnd(period, per).toISOString().slice(0, 10)).toBe(next);
    });
});

describe('the shared state', () => {
  it('tells its listeners of a change, and gives the API the filters and the range', () => {
    const state = createState(INITIAL_STATE);
    const seen: string[] = [];
    state.subscribe((s) => seen.push(s.focus.kind));
    state.update({ focus: { kind: 'dyad', source: 'USA', target: 'CUB' }, quad: 1, range: { from: '2015-02-01', to: '2015-03-31' } });
    expect(seen).toEqual(['dyad']);
    expect(filterParameters(state.get(), 'filters').toString()).toBe('dyad=USA%2CCUB&quad=1');
    expect(filterParameters(state.get(), 'filters+range').toString()).toBe('dyad=USA%2CCUB&quad=1&from=2015-02-01&to=2015-03-31');
  });

  it('round-trips through the URL fragment, and ignores what is malformed', () => {
    const s = stateFromHash('#dyad=usa,cub&from=2015-02-01&to=2015-03-31&per=month&article=12&event=ab12&quad=9');
    expect(s).toMatchObject({ focus: { kind: 'dyad', source: 'USA', target: 'CUB' }, per: 'month', quad: null, reader: { articleId: 12, eventId: 'ab12' } });
    expect(stateFromHash(hashOf(s))).toEqual(s);
    expect(stateFromHash('#from=2015-03-01&to=2015-02-01').range).toBeNull();
  });
});
