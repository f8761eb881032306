import type { Statement } from 'better-sqlite3';
import { layer, type ParleyDocument } from '../core/document.js';
import type { EventRecord } from '../core/event-record.js';
import { codePointIndex } from '../core/span.js';
import { eventRecordJsons } from '../output/event-json.js';
import { articleIdentity, type ArticleIdentity } from './article-identity.js';
import { articleLayersRow, type ArticleLayersRow } from './article-layers.js';
import { happeningOf, mayMerge, MERGE_WINDOW_DAYS, type Happening } from './merge-rule.js';
import { NOTE_MERGE_SQL } from './merged-counts.js';
import { FIRST_MENTION_RECORD } from './mention-record.js';
import type { Store } from './open-store.js';

/** What storing one coded article did. */
export interface ArticleOutcome {
  /** 'duplicate': the same URL or text is already stored; nothing was written. */
  readonly status: 'stored' | 'duplicate';
  readonly articleId: number;
  /** Mentions stored, and how many of them started a new event (the others joined one). */
  readonly mentions: number;
  readonly newEvents: number;
}

/**
 * An article made ready to store: every value its rows take, computed in JavaScript (where a bad
 * record fails) before any statement runs, and holding nothing of the coded document but them.
 */
export interface PreparedArticle {
  readonly identity: ArticleIdentity;
  readonly row: Readonly<Record<string, string | null>>;
  readonly title: string;
  readonly text: string;
  readonly layers: ArticleLayersRow;
  readonly mentions: readonly PreparedMention[];
  /** The article's outlet, or null when it names none. */
  readonly source: string | null;
}

/** One event mention of a prepared article: its record, the record's JSON and the merge rule's view of it. */
interface PreparedMention {
  readonly record: EventRecord;
  readonly json: string;
  readonly happening: Happening;
}

/** Stores coded articles; statements are prepared once per store. */
export interface ArticleWriter {
  /** The id of the stored article with this URL or text, if there is one. */
  storedId(identity: ArticleIdentity): number | undefined;
  /** Computes the rows of one article without touching the store (throws on a record that cannot be stored). */
  prepare(doc: ParleyDocument, records: readonly EventRecord[], ingestedAt: string, identity?: ArticleIdentity): PreparedArticle;
  /** Stores a prepared article with its sentences, actors and event mentions; call inside a transaction. */
  apply(article: PreparedArticle): ArticleOutcome;
  /** prepare, then apply. */
  write(doc: ParleyDocument, records: readonly EventRecord[], ingestedAt: string, identity?: ArticleIdentity): ArticleOutcome;
}

/** An event one article's mentions join: a stored one (`id` known) or one the article creates. */
interface Touched {
  id: number | undefined;
  readonly created: boolean;
  /** The merge rule's view of the event: of the mention that started it, or that first joined it here. */
  readonly happening: Happening;
  /** The first of the article's mentions to join it, and that mention's JSON record. */
  readonly first: EventRecord;
  json: string;
  /** The article's mentions of it, and their highest confidence. */
  mentions: number;
  confidence: number;
}

interface EventRow { id: number; source_code: string; target_code: string; cameo_family: string; claim: string; day: number | null; country: string | null; lat: number | null; lon: number | null; geocoded: number }

/**
 * The article writer: skips an article already stored, else writes it and merges each of its
 * event mentions into the stored event it reports (see merge-rule.ts) or into a new event. Write
 * inside a deferral of the rollups (deferRollups): new events join them only at its settle.
 *
 * @example
 * const writer = createArticleWriter(store);
 * store.db.transaction(() => { const settle = deferRollups(store.db); writer.write(doc, records, new Date().toISOString()); settle(); })();
 */
export function createArticleWriter(store: Store): ArticleWriter {
  const db = store.db;
  const byUrl = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE url = ?');
  const byHash = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insertArticle = db.prepare(`INSERT INTO articles (doc_id, url, content_hash, title, source, date, format, text, boilerplate, ingested_at)
    VALUES (@doc_id, @url, @content_hash, @title, @source, @date, @format, @text, @boilerplate, @ingested_at)`);
  const insertFts = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  const insertLayers = db.prepare('INSERT INTO article_layers (article_id, sentences, actors, spans) VALUES (?, ?, ?, ?)');
  const candidates = db.prepare<[string, string, string, string, number, number], EventRow>(`SELECT id, source_code, target_code, cameo_family, claim, day, country, lat, lon, geocoded
    FROM events WHERE source_code = ? AND target_code = ? AND cameo_family = ? AND claim = ? AND day BETWEEN ? AND ? ORDER BY id`);
  // Positional parameters (eventRow's order): binding 24 named ones cost twice the JavaScript side of the insert.
  const insertEvent = db.prepare(`INSERT INTO events (source_code, target_code, source_root, target_root, source_country, target_country, cameo, cameo_family, cameo_root, quad_class, goldstein,
      plover_type, modality, claim, day, date, country, lat, lon, geocoded, confidence, num_mentions, num_articles, num_sources, place, first_article)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`);
  const insertRecord = db.prepare('INSERT INTO event_records (event_id, record) VALUES (?, ?)');
  const insertMention = db.prepare('INSERT INTO mentions (record_id, event_id, article_id, sentence, confidence, record) VALUES (?, ?, ?, ?, ?, ?)');
  // Counts of a stored event that an article's mentions join: the article is always a new article
  // for it; its outlet is new unless another article of the event has it.
  const addCounts = db.prepare('UPDATE events SET num_mentions = num_mentions + ?, num_articles = num_articles + 1, num_sources = num_sources + ?, confidence = max(confidence, ?) WHERE id = ?');
  const outletSeen = db.prepare<[number, number, string], { x: number }>(`SELECT 1 AS x FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id = ? AND m.article_id <> ? AND coalesce(a.source, 'article ' || a.id) = ? LIMIT 1`);
  // Whether a deferral is open (deferRollups): mentions merged into stored events are then noted for its settle.
  const deferring = db.prepare<[], number>('SELECT 1 FROM rollup_deferral WHERE since >= 0 LIMIT 1').pluck();
  let noteMerge: Statement | undefined;
  // The article's record ids already stored, in one statement (a statement per record cost its call each).
  const storedRecordIds = db.prepare<[string], string>('SELECT record_id FROM mentions WHERE record_id IN (SELECT value FROM json_each(?))').pluck();

  const storedId = ({ url, hash }: ArticleIdentity): number | undefined => ((url !== null ? byUrl.get(url) : undefined) ?? byHash.get(hash))?.id;

  const prepare = (doc: ParleyDocument, records: readonly EventRecord[], ingestedAt: string, identity = articleIdentity(doc)): PreparedArticle => {
    const cp = codePointIndex(doc.text);
    const published = doc.layers.dates?.published.value ?? doc.meta.date;
    return {
      identity,
      row: {
        doc_id: doc.meta.id, url: identity.url, content_hash: identity.hash, title: doc.meta.title, source: doc.meta.source, date: published,
        format: doc.meta.format, text: doc.text, boilerplate: JSON.stringify(layer(doc, 'boilerplate').map((s) => [cp(s[0]), cp(s[1])])),
        ingested_at: ingestedAt,
      },
      title: doc.meta.title ?? '',
      text: doc.text,
      layers: articleLayersRow(doc, cp),
      mentions: eventRecordJsons(records).map((json, i) => ({ record: records[i], json, happening: happeningOf(records[i]) })),
      source: doc.meta.source,
    };
  };

  const apply = (article: PreparedArticle): ArticleOutcome => {
    const seen = storedId(article.identity);
    if (seen !== undefined) return { status: 'duplicate', articleId: seen, mentions: 0, newEvents: 0 };
    const articleId = Number(insertArticle.run(article.row).lastInsertRowid);
    insertFts.run(articleId, article.title, article.text);
    insertLayers.run(articleId, article.layers.sentences, article.layers.actors, article.layers.spans);
    // Each mention joins an event this article has touched (rule 4: undated mentions join their
    // own article's events), else the closest stored event, else starts a new one. New events are
    // written once, with their final counts, so that the timeline rollups' triggers fire once each.
    const local: Touched[] = [];
    const assigned: { record: EventRecord; json: string; event: Touched }[] = [];
    const stored = article.mentions.length > 0 ? new Set(storedRecordIds.all(JSON.stringify(article.mentions.map((m) => m.record.id)))) : null;
    for (const { record: r, json, happening: h } of article.mentions) {
      if (stored?.has(r.id)) continue;
      let event = local.find((e) => mayMerge(h, e.happening, true));
      if (event === undefined) {
        const storedId = h.day !== null ? closestStored(h) : undefined;
        event = storedId !== undefined ? local.find((e) => e.id === storedId) : undefined;
        if (event === undefined) {
          event = { id: storedId, created: storedId === undefined, happening: h, first: r, json: '', mentions: 0, confidence: 0 };
          local.push(event);
        }
      }
      if (event.mentions === 0) event.json = json;
      event.mentions++;
      event.confidence = Math.max(event.confidence, r.confidence);
      assigned.push({ record: r, json, event });
    }
    let newEvents = 0;
    for (const e of local) {
      if (!e.created) continue;
      e.id = Number(insertEvent.run(eventRow(e.first, e.happening, articleId, e)).lastInsertRowid);
      insertRecord.run(e.id, e.json);
      newEvents++;
    }
    // A new event's first mention leaves its record to the event's (the same JSON, stored once).
    for (const { record: r, json, event } of assigned) insertMention.run(r.id, event.id, articleId, r.sentence, r.confidence, event.created && event.first === r ? FIRST_MENTION_RECORD : json);
    const outlet = article.source ?? `article ${articleId}`;
    let deferred: boolean | undefined;
    for (const e of local) {
      if (e.created) continue;
      const newOutlet = !outletSeen.get(e.id as number, articleId, outlet) ? 1 : 0;
      deferred ??= deferring.get() !== undefined;
      if (deferred) (noteMerge ??= db.prepare(NOTE_MERGE_SQL)).run(e.id, e.mentions, newOutlet, e.confidence);
      else addCounts.run(e.mentions, newOutlet, e.confidence, e.id);
    }
    return { status: 'stored', articleId, mentions: assigned.length, newEvents };
  };

  return {
    storedId,
    prepare,
    apply,
    write: (doc, records, ingestedAt, identity) => apply(prepare(doc, records, ingestedAt, identity)),
  };

  function closestStored(h: Happening): number | undefined {
    const day = h.day as number;
    let best: EventRow | undefined;
    for (const row of candidates.all(h.sourceCode, h.targetCode, h.family, h.claim, day - MERGE_WINDOW_DAYS, day + MERGE_WINDOW_DAYS)) {
      if (!mayMerge(h, rowHappening(row), false)) continue;
      if (!best || Math.abs((row.day as number) - day) < Math.abs((best.day as number) - day)) best = row;
    }
    return best?.id;
  }
}

function rowHappening(row: EventRow): Happening {
  return {
    sourceCode: row.source_code, targetCode: row.target_code, family: row.cameo_family, claim: row.claim,
    day: row.day, country: row.country, lat: row.lat, lon: row.lon, geocoded: row.geocoded === 1,
  };
}

/**
 * The row of a new event, with its counts from the article that creates it (one article, one
 * outlet), in insertEvent's parameter order: source_code, target_code, source_root, target_root,
 * source_country, target_country, cameo, cameo_family, cameo_root, quad_class, goldstein,
 * plover_type, modality, claim, day, date, country, lat, lon, geocoded, confidence, num_mentions,
 * place, first_article.
 */
function eventRow(r: EventRecord, h: Happening, articleId: number, counts: { mentions: number; confidence: number }): unknown[] {
  return [
    h.sourceCode, h.targetCode, h.sourceCode.slice(0, 3), h.targetCode.slice(0, 3), r.source?.country ?? null, r.target?.country ?? null,
    r.cameo, h.family, r.cameo_root, r.quad_class, r.goldstein,
    r.plover?.type ?? null, r.modality, h.claim, h.day, r.date.value,
    h.country, h.lat, h.lon, h.geocoded ? 1 : 0, counts.confidence, counts.mentions,
    r.location?.name ?? null, articleId,
  ];
}
