import { describe, it, expect } from 'vitest';
import { loadBoilerplateRules } from './boilerplate-rules.js';
import { findBoilerplate } from './find-boilerplate.js';
import { outlinePattern } from './pattern-outline.js';
import { foldLine, gateOf, startsWithAny, type RuleGate } from './rule-gate.js';

function passesGate(gate: RuleGate, line: string): boolean {
  const subject = gate.folded ? foldLine(line) : line;
  if (gate.test === 'start') return startsWithAny(subject, gate.literals);
  if (gate.test === 'contains') return gate.search!.test(subject);
  return true;
}

describe('gateOf', () => {
  it.each([
    [/^(?:share|tweet)$/iu, 'start', ['share', 'tweet']],
    [/^Support (?:the )?\p{Lu}/u, 'start', ['Support ']],
    [/^(?:please )?donate\b/iu, 'start', ['donate', 'please don']],
    [/^[Rr]eporting by/u, 'start', ['Reporting ', 'reporting ']],
    [/\bwe use cookies\b/iu, 'contains', ['we use cooki']],
    [/^.{0,150}\bclick here\b/iu, 'contains', ['click here']],
    [/^[^\p{Ll}]*\b(?:DONATE|GIVE) NOW\b/u, 'contains', ['GIVE NOW', 'DONATE NOW']],
    [/^\d+$/u, 'none', []],
  ])('derives from %s a %s gate', (pattern, test, literals) => {
    const gate = gateOf(pattern);
    expect(gate.test).toBe(test);
    expect([...gate.literals].sort()).toEqual([...literals].sort());
  });

  it('reads astral literals whole and leaves escapes it need not name ungated', () => {
    expect(outlinePattern('(?<a>x)\\k<a>')).not.toBeNull();
    expect(gateOf(/^(?:x|😀)$/u).literals).toEqual(["x", "😀"]);
    expect(gateOf(/^(?:x|\u{1F600})$/u).test).toBe("none");
  });

  it.each([
    ['SHARE', /^share$/iu],
    ['ſhare', /^share$/iu],
    ['\u212Aeep reading', /^keep reading$/iu],
    ['WE USE COOKIES here', /\bwe use cookies\b/iu],
    ['We uſe cookies', /\bwe use cookies\b/iu],
  ])('lets through %j, which the pattern matches whatever its case', (line, pattern) => {
    expect(pattern.test(line)).toBe(true);
    expect(passesGate(gateOf(pattern), line)).toBe(true);
  });

  it('folds a line as case-insensitive patterns read it', () => {
    expect(foldLine('SHARE ſome')).toBe('share some');
  });
});

describe('the gates of the shipped rules', () => {
  const rules = loadBoilerplateRules();
  // Lines each rule should mark, in several cases and spacings: the gate must never hide a match.
  const lines = [
    'Support The Valley Gazette', 'Support independent journalism today', 'DONATE HERE', 'Please donate now: it helps',
    'Independent journalism needs you. Give today.', 'Your support helps keep our reporting free',
    'HELP SUPPORT INDEPENDENT MEDIA', 'Sign up today', 'Get the Gazette evening briefing in your inbox',
    'Already a subscriber? Log in', 'SUBSCRIBE NOW FOR FULL ACCESS', 'Share this article', 'Facebook Twitter WhatsApp Email',
    'Read more: talks resume', 'More from Reuters', 'Continue reading', 'By Jane Smith, Reuters', 'Reporting by Jane Smith; Editing by Tom Lee',
    'Photo: AFP', 'Credit: Reuters', 'Troops in the city (AFP/Getty Images)', 'We use cookies to improve your visit',
    'Accept all cookies', '12 comments', '© 2024 The Valley Gazette', 'Gazette Media. All rights reserved.',
    'This article may not be republished', 'Click here to read more', 'Tap the button below', 'Follow us on X', 'Join our WhatsApp channel',
    '@gazette', 'Twitter: @gazette', 'Email: desk@example.org', 'Advertisement', '5 min read', 'ADVERTISEMENT',
    'Home » World » Middle East', 'About us | Contact | Privacy policy', 'Tags: Iran, Iraq', 'Updated: March 3, 2024 10:34 GMT',
  ];
  const variants = lines.flatMap((l) => [l, l.toUpperCase(), l.toLowerCase(), l.replaceAll('s', 'ſ'), l.replaceAll('k', '\u212A')]);

  it.each(variants)('marks %j exactly as the rules do without gates', (line) => {
    const ungated = rules.rules.find((r) => r.pattern.test(line.trim()))?.kind ?? null;
    expect(findBoilerplate(line, rules)[0]?.kind ?? null).toBe(ungated);
  });

  it('marks every one of the lines', () => {
    expect(lines.filter((l) => findBoilerplate(l, rules).length === 0)).toEqual([]);
  });
});
