import { describe, expect, it } from 'vitest';
import { leadingRun, placeKey } from './place-key.js';

describe('leadingRun', () => {
  it.each([
    ['Port-au-Prince', 'port'],
    ['Green Zone', 'green'],
    ["Baghdad's", 'baghdad'],
    ['Başrah', 'basrah'],
    ['the Hague', 'hague'],
    ['U.S.', 'u'],
  ])('gives %j the run %j', (name, run) => {
    expect(leadingRun(placeKey(name))).toBe(run);
  });
});
