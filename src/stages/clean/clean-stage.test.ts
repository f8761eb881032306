import { describe, it, expect } from 'vitest';
import { createDocument, metaFor } from '../../core/document.js';
import { spanText } from '../../core/span.js';
import { loadBoilerplateRules } from './boilerplate-rules.js';
import { createCleanStage } from './clean-stage.js';
import { findBoilerplate } from './find-boilerplate.js';

const rules = loadBoilerplateRules();
const clean = createCleanStage(rules);

function markedLines(text: string): string[] {
  const doc = clean.run(createDocument(metaFor('t.txt'), text));
  return (doc.layers.boilerplate ?? []).map((span) => spanText(text, span));
}

function kindOf(line: string): string | null {
  return findBoilerplate(line, rules)[0]?.kind ?? null;
}

const ARTICLE = [
  'Kenya and Somalia agree to reopen border crossings',
  '',
  'By Amina Yusuf, Reuters',
  '',
  'Nairobi/Mogadishu : Kenyan and Somali officials agreed on Thursday to reopen two border crossings closed since 2011, the Kenyan interior ministry said.',
  '',
  '',
  'Support Valley Gazette',
  '',
  'The agreement was welcomed by Somalia\'s president as "a new chapter" for trade between the neighbours.',
  '',
  '"We want our traders to move freely," a Somali minister told reporters, adding that security checks would be shared by both sides.',
  '',
  'Photo: Ahmed Farah / Valley Gazette',
  '',
  'Read more: Drought pushes herders across the frontier',
  '',
  'Diplomats said the deal still needed the support of regional leaders before it could take effect.',
  '',
  'SUPPORT VALLEY GAZETTE: HELP KEEP LOCAL REPORTING FREE FOR EVERYONE. DONATE TODAY',
].join('\n');

describe('the clean stage', () => {
  it('is named clean, requires nothing and provides the boilerplate layer', () => {
    expect([clean.name, clean.requires, clean.provides]).toEqual(['clean', [], ['boilerplate']]);
  });

  it('marks the banners, byline, credit and related link of a plain-text article, and nothing else', () => {
    expect(markedLines(ARTICLE)).toEqual([
      'By Amina Yusuf, Reuters',
      'Support Valley Gazette',
      'Photo: Ahmed Farah / Valley Gazette',
      'Read more: Drought pushes herders across the frontier',
      'SUPPORT VALLEY GAZETTE: HELP KEEP LOCAL REPORTING FREE FOR EVERYONE. DONATE TODAY',
    ]);
  });

  it('never edits the text, and returns a new document', () => {
    const doc = createDocument(metaFor('t.txt'), ARTICLE);
    const cleaned = clean.run(doc);
    expect(cleaned.text).toBe(ARTICLE);
    expect(cleaned).not.toBe(doc);
    expect(doc.layers.boilerplate).toBeUndefined();
  });

  it('gives sorted, non-overlapping spans that slice the lines without their white space', () => {
    const text = '\uFEFFIran and Iraq met.\r\n   Share this article  \r\n\r\n\tSupport Valley Gazette\r\nThe talks ended.';
    const spans = clean.run(createDocument(metaFor('t.txt'), text)).layers.boilerplate ?? [];
    expect(spans.map((s) => spanText(text, s))).toEqual(['Share this article', 'Support Valley Gazette']);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });

  it('marks a banner on the last line with no newline after it', () => {
    expect(markedLines('Talks ended.\nDonate now')).toEqual(['Donate now']);
  });

  it('leaves a text without boilerplate unmarked', () => {
    expect(markedLines('Iran and Iraq met in Baghdad.\n\nNo deal was reached.')).toEqual([]);
  });

  it('never marks a line longer than a banner could be', () => {
    expect(markedLines(`Share this article ${'and more words '.repeat(40)}`)).toEqual([]);
  });
});

describe('boilerplate lines', () => {
  it.each([
    ['Support Valley Gazette', 'donation'],
    ['Support The Harbour Courier', 'donation'],
    ['Support independent journalism today.', 'donation'],
    ['DONATE HERE', 'donation'],
    ['Donate now!', 'donation'],
    ['SUPPORT THE RIVERSIDE LEDGER HELP SUPPORT INDEPENDENT NEWS. DONATE NOW', 'donation'],
    ['Independent journalism needs you. Give what you can.', 'donation'],
    ['Your support helps keep our reporting free for everyone.', 'donation'],
    ['Subscribe to our newsletter', 'subscribe'],
    ['Sign up today.', 'subscribe'],
    ['Sign up for our morning newsletter and get the headlines in your inbox.', 'subscribe'],
    ["Get the Gazette's evening briefing in your inbox", 'subscribe'],
    ['SUBSCRIBE NOW', 'subscribe'],
    ['Share this article', 'share'],
    ['Share on Facebook', 'share'],
    ['Facebook Twitter WhatsApp Email', 'share'],
    ['Facebook | X | Copy link', 'share'],
    ['Related', 'related'],
    ['Related stories:', 'related'],
    ['Read more: Drought pushes herders across the frontier', 'related'],
    ['Also read - Sudan talks stall in Jeddah', 'related'],
    ['You may also like', 'related'],
    ['More from Reuters', 'related'],
    ['Continue reading', 'related'],
    ['By DPA', 'byline'],
    ['BY AFP', 'byline'],
    ['By Jane Smith, Reuters', 'byline'],
    ['By Omar al-Sayed and Lina Haddad | Staff writers', 'byline'],
    ['By Tomás Ortega, Agence France-Presse', 'byline'],
    ['Reporting by Jane Smith; Editing by Tom Lee', 'byline'],
    ['Photo: AFP', 'credit'],
    ['Image by Valley Gazette staff', 'credit'],
    ['Credit: Handout', 'credit'],
    ['Delegates arrive at the ministry in Amman. (AFP/Getty Images)', 'credit'],
    ['(Reuters/Ahmed Saad)', 'credit'],
    ['We use cookies to improve your experience on our site.', 'cookie'],
    ['Accept all cookies', 'cookie'],
    ['Leave a comment', 'comments'],
    ['Comments are closed.', 'comments'],
    ['12 comments', 'comments'],
    ['© 2024 Valley Gazette. All rights reserved.', 'copyright'],
    ['Copyright 2023 The Harbour Courier', 'copyright'],
    ['Valley Gazette Media Ltd. All rights reserved.', 'copyright'],
    ['This material may not be published, broadcast, rewritten or redistributed.', 'copyright'],
    ['Click here to read the full statement', 'click'],
    ['To watch the video, click here.', 'click'],
    ['Follow us on X', 'social'],
    ['Follow The Valley Gazette on Telegram for updates', 'social'],
    ['Join our WhatsApp channel', 'social'],
    ['@valleygazette', 'social'],
    ['Email: desk@valleygazette.example', 'social'],
    ['Advertisement', 'chrome'],
    ['Story continues below advertisement', 'chrome'],
    ['4 min read', 'chrome'],
    ['ADVERTISEMENT - SCROLL TO CONTINUE', 'chrome'],
    ['Home » World » Africa', 'navigation'],
    ['About us | Contact | Privacy policy', 'navigation'],
    ['Tags: Kenya, Somalia, border', 'navigation'],
    ['Updated: March 3, 2024 10:34 GMT', 'timestamp'],
    ['Published 14 November 2023', 'timestamp'],
  ])('marks %j as %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });
});

describe('news lines that use the same words', () => {
  it.each([
    'Russia voiced support for the plan.',
    'Shares fell 3% in early trading in Tokyo.',
    'Support for the ceasefire plan is growing in Cairo',
    'Support grew among lawmakers for the aid package, officials said.',
    'The United States will support Ukraine for as long as it takes, the secretary said.',
    'Subscribers to the state broadcaster rose by a fifth last year.',
    'Iran urged its allies to subscribe to the new trade framework.',
    'The two countries agreed to share intelligence on militant groups.',
    'Share prices in Istanbul recovered after the central bank intervened.',
    'Related talks are scheduled for May in Geneva.',
    'Read more widely, the treaty bars both sides from deploying missiles.',
    'By Monday, the talks had collapsed.',
    'By the time the delegations arrived, the ceasefire had broken down.',
    'By Friday Iran had agreed to resume inspections.',
    'Photographs of the protest circulated widely on social media.',
    'Copyright lawsuits against the broadcaster were dismissed by a court in Lagos.',
    'The minister declined to comment on the report.',
    'Comments by the foreign minister angered officials in Ankara.',
    'Follow-up talks are expected next week in Doha.',
    'The charity urged donors to give generously after the floods.',
    'Donors pledged $2 billion at the conference in Brussels.',
    'More than 40 people were killed in the clashes, the army said.',
    'Officials said they would click their heels at nothing less than a full withdrawal.',
    'Updated figures showed 300 people had been displaced.',
    'Published in 1979, the report blamed both governments.',
    'Home ministry officials met their Pakistani counterparts in Delhi.',
    'Tehran/Baghdad : Iranian and Iraqi officials met on Monday to discuss security.',
    'US-Iran meet in Baghdad focuses on Iraq security',
    'KENYA AND SOMALIA AGREE TO REOPEN BORDER',
    'UN URGES DONORS TO SUPPORT FAMINE APPEAL',
    'The speed limit on the new corridor is 80 (km/h), the ministry said.',
    '"We want a stable region," the president told reporters.',
  ])('leaves %j unmarked', (line) => {
    expect(findBoilerplate(line, rules)).toEqual([]);
  });
});
