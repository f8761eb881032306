import { describe, expect, it } from 'vitest';
import { createCodeCoder } from './full-code.test-helper.js';

/** Codes `text` through the stages the events stage needs, as "SOURCE>TARGET CODE modality" lines. */
const coded = createCodeCoder('2012-04-10');

// Issue 3: "appeal to", "ask", "press", "urge" and "call on" someone to yield are one act (025x),
// whichever verb the reporter chose; ending a sanction is easing it (0254).
describe('appeals to yield', () => {
  it.each([
    ['Cuba appealed to the European Union to end its arms embargo.', 'CUB>IGOEUREEC 0254'],
    ['Peru asked Chile to lift the sanctions on its fishing fleet.', 'PER>CHL 0254'],
    ['Iran pressed the UN to ease the blockade.', 'IRN>IGOUNO 0254'],
    ['Bolivia called on Chile to end the restrictions on trade.', 'BOL>CHL 0251'],
    ['Venezuela appealed to Colombia to show restraint.', 'VEN>COL 0256'],
  ])('codes %j as %s', (text, expected) => {
    expect(coded(text).some((l) => l.startsWith(expected))).toBe(true);
  });
});

// Issue 3: a failed attempt on a leader's life is 185, not the assassination (186) it names.
describe('attempts to assassinate', () => {
  it.each([
    ['An attempt to assassinate the Kenyan governor was thwarted on Monday.', '->KENGOV 185'],
    ['A bid to kill the Nigerian governor failed.', '->NGAGOV 185'],
    ['Police foiled a plot to kill the Peruvian president.', '->PERGOV 185'],
  ])('codes %j as %s', (text, expected) => {
    expect(coded(text).some((l) => l.startsWith(expected))).toBe(true);
  });
});
