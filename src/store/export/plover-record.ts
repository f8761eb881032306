import isoCountries from 'i18n-iso-countries';
import type { ActorRecord, EventRecord } from '../../core/event-record.js';

/** PLOVER's quad code of each event type (PLOVER manual, "PLOVER quad categories"). */
const PLOVER_QUAD: Readonly<Record<string, number>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, INVESTIGATE: 2,
  REQUEST: 3, DEMAND: 3, ACCUSE: 3, REJECT: 3, SANCTION: 3, THREATEN: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** Who and where, as a PLOVER export line adds them (store exports know the article). */
export interface PloverCitation {
  readonly url?: string | null;
  readonly title?: string | null;
  readonly publication?: string | null;
  readonly mentions?: number;
  readonly articles?: number;
}

/**
 * One event in PLOVER's JSON field names (id, date, source, recipient, event, mode, context,
 * event_loc, quad_code, event_scale, text, text_info, cite_info, coder), plus Parley's own
 * `cameo`, `modality` and `confidence`. Null for CAMEO codes PLOVER does not cover.
 *
 * @example
 * JSON.stringify(ploverRecord(record))
 */
export function ploverRecord(r: EventRecord, cite: PloverCitation = {}): Record<string, unknown> | null {
  if (!r.plover) return null;
  const loc = r.location;
  return {
    id: r.id,
    date: r.date.value,
    source: r.source ? [actorObject(r.source)] : [],
    recipient: r.target ? [actorObject(r.target)] : [],
    event: [r.plover.type],
    mode: r.plover.mode ? [r.plover.mode] : [],
    context: [],
    event_loc: loc && {
      geonameid: loc.geonames_id, name: loc.name, latitude: loc.lat, longitude: loc.lon,
      'country code': isoCountries.alpha3ToAlpha2(loc.country) ?? null, cc3: loc.country,
    },
    quad_code: PLOVER_QUAD[r.plover.type] ?? null,
    event_scale: r.goldstein,
    text: r.evidence.text,
    text_info: { sequence: r.sentence, start: r.evidence.span[0], end: r.evidence.span[1] },
    cite_info: {
      citation: r.doc_id, url: cite.url ?? null, title: cite.title ?? null, publication: cite.publication ?? null,
      coder: 'parley', codebook: 'plover-2.0 (from CAMEO)',
    },
    ...(cite.mentions !== undefined ? { mentions: cite.mentions, articles: cite.articles } : {}),
    cameo: r.cameo,
    modality: r.modality,
    confidence: r.confidence,
  };
}

function actorObject(a: ActorRecord): Record<string, unknown> {
  return {
    code: a.code.slice(0, 3),
    sector: a.roles.join(''),
    actor_text: a.text,
    identifier_text: a.name,
    parley_code: a.code,
    start: a.span[0],
    end: a.span[1],
  };
}
