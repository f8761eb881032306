import { describe, expect, it } from 'vitest';
import { rootsOfClass } from './cameo-root-class.js';

describe('rootsOfClass', () => {
  it.each([
    ['01-02', ['01', '02']],
    ['03-05', ['03', '04', '05']],
    ['06-08', ['06', '07', '08']],
    ['09-13,16', ['09', '10', '11', '12', '13', '16']],
    ['14-15,17-20', ['14', '15', '17', '18', '19', '20']],
    ['04', ['04']],
  ])('reads "%s" as roots %j', (label, roots) => {
    expect([...rootsOfClass(label)]).toEqual(roots);
  });

  it.each(['13-09', '21', '9-13', 'one-two', ''])('rejects "%s"', (label) => {
    expect(() => rootsOfClass(label)).toThrow(/CAMEO root/);
  });
});
