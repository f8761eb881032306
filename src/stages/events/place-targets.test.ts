import { describe, expect, it } from 'vitest';
import { createCoder } from '../../cli/coder.js';
import { createDocument, metaFor } from '../../core/document.js';

const coder = createCoder();

/** The "SOURCE>TARGET CODE" lines of a text coded through the whole pipeline (with the geocoder's places). */
function coded(text: string): string[] {
  return coder.code(createDocument(metaFor('t', { date: '2015-06-20' }), text)).map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.cameo}`);
}

// Issue 3: an act with no actor as target acts on the place it names.
describe('place targets', () => {
  it('sends sympathy to the people of the place of the tragedy', () => {
    expect(coded('The Canadian prime minister expressed sorrow for the floods in Texas.')).toContain('CANGOV>USA 018');
  });

  it('aims force posture at the foreign state it is held in', () => {
    expect(coded('Russia is holding naval drills in Alaska.').some((l) => l.startsWith('RUS>USA 15'))).toBe(true);
  });
});
