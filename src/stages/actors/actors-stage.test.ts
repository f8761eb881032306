import { describe, expect, it } from 'vitest';
import { createDocument, layer, metaFor, withLayers } from '../../core/document.js';
import type { ActorEntry, ActorLexicon } from '../../lexicon/types.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createWinkTagger } from '../segment/tagger.js';
import { createActorsStage } from './actors-stage.js';

const tagger = createWinkTagger();

function entry(kind: ActorEntry['kind'], phrase: string, code: string, country: string | null, roles: string[] = [], extra: Partial<ActorEntry> = {}): ActorEntry {
  return { kind, phrase, code, country, roles, name: null, from: null, to: null, origin: 'test', ...extra };
}

const lexicon: ActorLexicon = {
  entries: [
    entry('country', 'US', 'USA', 'USA', [], { name: 'United States' }),
    entry('adjective', 'US', 'USA', 'USA'),
    entry('country', 'Iran', 'IRN', 'IRN', [], { name: 'Iran' }),
    entry('adjective', 'Iranian', 'IRN', 'IRN'),
    entry('people', 'Iranians', 'IRN', 'IRN'),
    entry('country', 'Iraq', 'IRQ', 'IRQ', [], { name: 'Iraq' }),
    entry('adjective', 'Iraqi', 'IRQ', 'IRQ'),
    entry('capital', 'Washington', 'USAGOV', 'USA', ['GOV']),
    entry('capital', 'Tehran', 'IRNGOV', 'IRN', ['GOV']),
    entry('capital', 'Baghdad', 'IRQGOV', 'IRQ', ['GOV']),
    entry('role', 'officials', 'GOV', null, ['GOV']),
    entry('role', 'forces', 'MIL', null, ['MIL']),
    entry('role', 'delegations', 'GOV', null, ['GOV']),
    entry('role', 'premier', 'GOV', null, ['GOV']),
    entry('title', 'Prime Minister', 'GOV', null, ['GOV']),
    entry('title', 'Foreign Minister', 'GOV', null, ['GOV']),
    entry('group', 'Quds Force', 'IRNMIL', 'IRN', ['MIL'], { name: 'Quds Force' }),
    entry('person', 'Nuri al-Maliki', 'IRQGOV', 'IRQ', ['GOV'], { name: 'Nuri al-Maliki', from: '2006-05-20', to: '2014-09-08' }),
    entry('person', 'al-Maliki', 'IRQGOV', 'IRQ', ['GOV'], { name: 'Nuri al-Maliki', from: '2006-05-20', to: '2014-09-08' }),
  ],
};

const segment = createSegmentStage(tagger);
const actorsStage = createActorsStage(lexicon, tagger);

function actorsOf(text: string, date: string | null = '2007-05-28') {
  const doc = actorsStage.run(segment.run(withLayers(createDocument(metaFor('t', { date }), text), { boilerplate: [] })));
  return layer(doc, 'actors').map((a) => ({ code: a.code, text: text.slice(a.span[0], a.span[1]), name: a.name, group: a.group }));
}

describe('actors stage', () => {
  it.each([
    ['Iraqi Prime Minister Nuri al-Maliki spoke.', 'IRQGOV', 'Iraqi Prime Minister Nuri al-Maliki'],
    ['Washington accused Tehran of meddling.', 'USAGOV', 'Washington'],
    ['Iranian officials said so.', 'IRNGOV', 'Iranian officials'],
    ['US forces detained them.', 'USAMIL', 'US forces'],
    ['The Quds Force is a unit.', 'IRNMIL', 'Quds Force'],
    ['The Iraqi premier said so.', 'IRQGOV', 'Iraqi premier'],
    ['Five Iranians were held.', 'IRN', 'Five Iranians'],
  ])('codes %j with %s first', (text, code, words) => {
    const [first] = actorsOf(text);
    expect(first.code).toBe(code);
    expect(first.text).toBe(words);
  });

  it('gives each member of "the US and Iran" its own mention in one group', () => {
    const a = actorsOf('The US and Iran met.');
    expect(a.map((x) => x.code)).toEqual(['USA', 'IRN']);
    expect(a[0].group).not.toBeNull();
    expect(a[0].group).toBe(a[1].group);
  });

  it('lets a role noun take each country after "from": "Officials from the US and Iran"', () => {
    expect(actorsOf('Officials from the US and Iran met.').map((x) => x.code)).toEqual(['USAGOV', 'IRNGOV']);
  });

  it('shares the role of "the US and Iranian delegations" with the bare adjective', () => {
    expect(actorsOf('The US and Iranian delegations were headed by envoys.').map((x) => x.code)).toEqual(['USAGOV', 'IRNGOV']);
  });

  it('reads a country after "in" as a place, not an actor', () => {
    expect(actorsOf('They met in Iraq on Monday.')).toEqual([]);
  });

  it('resolves a later "al-Maliki" and an unknown titled name used alone', () => {
    const a = actorsOf('Iranian Foreign Minister Ali Rezaei arrived. Later Rezaei left.');
    expect(a.map((x) => [x.code, x.name])).toEqual([['IRNGOV', 'Ali Rezaei'], ['IRNGOV', 'Ali Rezaei']]);
  });

  it('matches the acronym "US" only in capitals', () => {
    expect(actorsOf('Give us the papers.')).toEqual([]);
  });
});
