import type { EventRecord } from '../../core/event-record.js';

/** GDELT 2.0's event table columns, in its order (61). */
export const GDELT_EVENT_COLUMNS: readonly string[] = Object.freeze([
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
]);

/** GDELT 2.0's mentions table columns, in its order (16). */
export const GDELT_MENTION_COLUMNS: readonly string[] = Object.freeze([
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
  'MentionDocLen', 'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
]);

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

/** What a GDELT row needs beyond the event record. */
export interface GdeltContext {
  /** GLOBALEVENTID: the store's event number, or a number derived from the record id. */
  readonly eventId: number;
  readonly mentions: number;
  readonly sources: number;
  readonly articles: number;
  /** YYYYMMDDHHMMSS. */
  readonly dateAdded: string;
  /** The article's URL, else its id. */
  readonly sourceUrl: string;
  readonly fips: ReadonlyMap<string, string>;
}

const PREFIX_GROUPS = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'UIS']);

/**
 * One event as a GDELT 2.0 event table row (61 tab-separated cells). Columns Parley does not
 * produce (ethnic and religion codes, tone, actor geography, ADM codes) are left empty.
 *
 * @example
 * gdeltEventRow(record, context).split('\t').length // 61
 */
export function gdeltEventRow(r: EventRecord, c: GdeltContext): string {
  const d = r.date.value;
  const cells: (string | number)[] = [
    c.eventId,
    d ? d.replace(/-/g, '') : '', d ? d.slice(0, 7).replace('-', '') : '', d ? d.slice(0, 4) : '', d ? fractionDate(d) : '',
    ...actorCells(r.source), ...actorCells(r.target),
    r.sentence <= 1 ? 1 : 0, r.cameo, r.cameo.slice(0, 3), r.cameo_root, r.quad_class, r.goldstein,
    c.mentions, c.sources, c.articles, '',
    ...emptyGeo(), ...emptyGeo(), ...actionGeo(r, c.fips),
    c.dateAdded, c.sourceUrl,
  ];
  return cells.map(cell).join('\t');
}

/**
 * One mention as a GDELT 2.0 mentions table row (16 cells); offsets in code points.
 *
 * @example
 * gdeltMentionRow(record, context, 'Meridian Wire', '20150326000000')
 */
export function gdeltMentionRow(r: EventRecord, c: GdeltContext, sourceName: string, mentionTime: string): string {
  const eventTime = r.date.value ? `${r.date.value.replace(/-/g, '')}000000` : '';
  const offset = (a: EventRecord['source']) => (a ? a.span[0] : -1);
  const cells: (string | number)[] = [
    c.eventId, eventTime, mentionTime, 1, sourceName, c.sourceUrl,
    r.sentence + 1, offset(r.source), offset(r.target), r.evidence.span[0], 1, Math.round(r.confidence * 100),
    r.evidence.span[1], '', '', '',
  ];
  return cells.map(cell).join('\t');
}

function actorCells(a: EventRecord['source']): (string | number)[] {
  if (!a) return ['', '', '', '', '', '', '', '', '', ''];
  const blocks = a.code.match(/.{1,3}/g) ?? [];
  const group = PREFIX_GROUPS.has(blocks[0] ?? '') && blocks[1] && !a.roles.includes(blocks[1]) ? blocks[1] : '';
  const types = a.roles.slice(0, 3);
  return [a.code, (a.name ?? a.text).toUpperCase(), a.country ?? '', group, '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
}

function emptyGeo(): (string | number)[] {
  return [0, '', '', '', '', '', '', ''];
}

function actionGeo(r: EventRecord, fips: ReadonlyMap<string, string>): (string | number)[] {
  const l = r.location;
  if (!l) return emptyGeo();
  const country = fips.get(l.country) ?? '';
  const cityLevel = l.geonames_id !== null;
  const type = !cityLevel ? 1 : l.country === 'USA' ? 3 : 4;
  return [type, l.name, country, cityLevel ? '' : country, '', l.lat ?? '', l.lon ?? '', cityLevel ? String(l.geonames_id) : country];
}

/**
 * An ISO timestamp as GDELT's YYYYMMDDHHMMSS (DATEADDED, MentionTimeDate).
 *
 * @example
 * gdeltTimestamp('2007-05-28T12:30:00.000Z') // '20070528123000'
 */
export function gdeltTimestamp(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14);
}

/** GDELT's FractionDate: the year plus the fraction of it gone by (4 decimals). */
function fractionDate(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const day = (Date.UTC(y, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - start) / 86_400_000;
  return (y + day / 365).toFixed(4);
}

function cell(v: string | number): string {
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

/**
 * A positive integer id for a record outside the store (`parley code --format gdelt`): the first
 * 13 hex digits of its stable id.
 *
 * @example
 * numericEventId('f11a68af9f500d87d043') // 4241578090131677
 */
export function numericEventId(recordId: string): number {
  return parseInt(recordId.slice(0, 13), 16);
}
