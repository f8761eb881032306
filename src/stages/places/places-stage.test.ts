import { describe, expect, it } from 'vitest';
import { layer } from '../../core/document.js';
import { createHandBuilder, type HandEvent } from './hand-built-document.js';
import { createOfflineGeocoder } from './offline-geocoder.js';
import { createPlacesStage } from './places-stage.js';

const stage = createPlacesStage(createOfflineGeocoder());
const build = createHandBuilder();

function placesOf(text: string, events: readonly HandEvent[] = []) {
  const doc = stage.run(build(text, { events }));
  return { places: layer(doc, 'places'), locations: layer(doc, 'eventLocations') };
}

describe('the places stage', () => {
  it('declares what it needs and gives', () => {
    expect(stage).toMatchObject({ name: 'places', requires: ['sentences', 'tokens', 'events'], provides: ['places', 'eventLocations'] });
  });

  it("locates 'US and Iraqi officials met in Baghdad' in Baghdad (lat ~33.34, lon ~44.40, IRQ), from the sentence", () => {
    const { places, locations } = placesOf('US and Iraqi officials met in Baghdad on Tuesday.', [{ sentence: 0, trigger: 'met' }]);
    expect(places.map((p) => [p.name, p.locative])).toEqual([['United States', false], ['Baghdad', true]]);
    expect(locations[0]).toMatchObject({ name: 'Baghdad', country: 'IRQ', geonamesId: 98182, basis: 'sentence' });
    expect(locations[0]!.lat).toBeCloseTo(33.34, 1);
    expect(locations[0]!.lon).toBeCloseTo(44.4, 1);
  });

  it.each([
    ['in', 'Negotiators gathered in Kabul for a second round.', 'Kabul'],
    ['near', 'Gunmen attacked a convoy near Mosul late on Friday.', 'Mosul'],
    ['outside', 'Protesters rallied outside Tehran after the vote.', 'Tehran'],
    ['north of', 'Troops clashed with militants north of Baghdad.', 'Baghdad'],
    ['in the', 'Rockets were fired from the Gaza Strip into Israel.', 'Gaza Strip'],
    ["a possessive place's", "The envoy was received in Baghdad's Green Zone.", 'Green Zone'],
  ])("takes a place introduced by '%s' as locative: '%s'", (_cue, text, name) => {
    const { places } = placesOf(text);
    expect(places.find((p) => p.name === name)?.locative).toBe(true);
  });

  it("reads a country as the subject of a verb as a place mention that is not locative: 'Iran accused Israel'", () => {
    const { places, locations } = placesOf('Iran accused Israel of spying on its nuclear sites.', [{ sentence: 0, trigger: 'accused', source: 'IRN', target: 'ISR' }]);
    expect(places.map((p) => [p.country, p.locative])).toEqual([['IRN', false], ['ISR', false]]);
    expect(locations).toEqual([null]);
  });

  it.each([
    ['President George Bush met Iraqi leaders in Paris.', ['Paris']],
    ['Most analysts doubted the Reading of the treaty.', []],
    ['Police said the talks in Reading went well.', ['Reading']],
    ['The Washington Post reported the talks in Cairo.', ['Cairo']],
  ])("does not take people's names or common words for places: '%s'", (text, names) => {
    expect(placesOf(text).places.map((p) => p.name)).toEqual(names);
  });

  it("prefers the locative place nearest after the trigger: 'Envoys from Syria met in Damascus'", () => {
    const { locations } = placesOf('Envoys from Syria met in Damascus with Lebanese officials.', [{ sentence: 0, trigger: 'met' }]);
    expect(locations[0]).toMatchObject({ name: 'Damascus', basis: 'sentence' });
  });

  it.each([
    ['BAGHDAD (Reuters) - Iraqi and US officials met on Monday to discuss security.', 'Baghdad', 'IRQ'],
    ['GAZA CITY, May 3 (AP) -- Hamas and Fatah leaders agreed to a truce on Thursday.', 'Gaza City', 'PSE'],
    ['Kabul: Afghan ministers met tribal elders on Sunday.', 'Kabul', 'AFG'],
  ])("falls back to the dateline place: '%s'", (text, name, country) => {
    const { places, locations } = placesOf(text, [{ sentence: 0, trigger: text.includes('agreed') ? 'agreed' : 'met' }]);
    expect(places[0]).toMatchObject({ name, country, locative: true });
    expect(locations[0]).toMatchObject({ name, country, basis: 'dateline' });
  });

  it("chooses, from 'Washington/Baghdad', the dateline place of the country the story is about", () => {
    const text = 'Washington/Baghdad : The US envoy met Iraqi ministers on Monday. Iraq pledged to curb the militias.';
    const { locations } = placesOf(text, [{ sentence: 0, trigger: 'met', source: 'USA', target: 'IRQ' }, { sentence: 1, trigger: 'pledged', source: 'IRQ' }]);
    expect(locations.map((l) => [l?.name, l?.basis])).toEqual([['Baghdad', 'dateline'], ['Baghdad', 'dateline']]);
  });

  it("refines a country-only place to the dateline's city in it: 'met in Iraq' in a Baghdad story is Baghdad", () => {
    const text = 'BAGHDAD (Reuters) - The talks were held on Monday.\nUS and Iranian diplomats met in Iraq to discuss security.';
    const { locations } = placesOf(text, [{ sentence: 1, trigger: 'met' }]);
    expect(locations[0]).toMatchObject({ name: 'Baghdad', country: 'IRQ', basis: 'sentence' });
  });

  it("refines a country-only place to a landmark the article names in it: the Green Zone", () => {
    const text = 'The envoy arrived in the Green Zone on Sunday. Officials from both sides met in Iraq on Monday.';
    const { locations } = placesOf(text, [{ sentence: 1, trigger: 'met' }]);
    expect(locations[0]).toMatchObject({ name: 'Green Zone', country: 'IRQ', basis: 'sentence' });
  });

  it("falls back to the article's main place, the locative place named most", () => {
    const text = 'Fighting spread in Mogadishu. Aid groups in Mogadishu asked for access. Ethiopia and Somalia traded accusations.';
    const { locations } = placesOf(text, [{ sentence: 2, trigger: 'traded', source: 'ETH', target: 'SOM' }]);
    expect(locations[0]).toMatchObject({ name: 'Mogadishu', country: 'SOM', basis: 'article' });
  });

  it('aligns eventLocations with events, null where nothing places an event', () => {
    const { locations } = placesOf('Officials talked. They met in Cairo.', [{ sentence: 0, trigger: 'talked' }, { sentence: 1, trigger: 'met' }]);
    expect(locations).toHaveLength(2);
    expect(locations[1]).toMatchObject({ name: 'Cairo', basis: 'sentence' });
    expect(locations[0]).toMatchObject({ name: 'Cairo', basis: 'article' });
    expect(placesOf('Officials talked.', [{ sentence: 0, trigger: 'talked' }]).locations).toEqual([null]);
  });

  it("reads 'Georgia' by the article's countries: the US state in a story about Atlanta", () => {
    const { places } = placesOf('Storms hit Atlanta overnight. Officials in Georgia declared an emergency.');
    expect(places.find((p) => p.name === 'Georgia')?.country).toBe('USA');
    expect(placesOf('Russian troops entered Georgia in August.').places.find((p) => p.name === 'Georgia')?.country).toBe('GEO');
  });

  it('ignores boilerplate sentences', () => {
    expect(placesOf('# Subscribe in London today.\nTalks resumed in Cairo.').places.map((p) => p.name)).toEqual(['Cairo']);
  });

  it('gives spans that point back at the text', () => {
    const text = 'Negotiators gathered in Kabul for a second round.';
    const [kabul] = placesOf(text).places;
    expect(text.slice(kabul.span[0], kabul.span[1])).toBe('Kabul');
  });
});
