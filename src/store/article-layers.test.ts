import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseArticleLayers } from './article-layers.js';
import { openStore } from './open-store.js';
import { MIGRATIONS } from './schema.js';

describe("an article's layers as one row", () => {
  it('reads sentences by index, and actors and spans by start, ties in stored order', () => {
    const layers = parseArticleLayers({
      sentences: '[[1,20,40,0],[0,0,19,1]]',
      actors: '[[1,"IRNGOV","IRN","GOV",null,"Tehran",20,26],[0,"USA","USA","",null,"Washington",0,10],[1,"IRN","IRN","",null,"Tehran",20,26]]',
      spans: '[["trigger",1,27,33,"042"],["date",0,11,17,"2024-03-02"],["place",1,20,26,"Tehran"]]',
    });
    expect(layers.sentences.map((s) => s[0])).toEqual([0, 1]);
    expect(layers.actors.map((a) => a[1])).toEqual(['USA', 'IRNGOV', 'IRN']);
    expect(layers.spans.map((s) => s[0])).toEqual(['date', 'place', 'trigger']);
  });

  it('reads an article without a layers row as empty layers', () => {
    expect(parseArticleLayers(undefined)).toEqual({ sentences: [], actors: [], spans: [] });
  });
});

describe('schema 10: article layers', () => {
  it("migrating a schema 9 store gathers each article's sentence, actor and span rows into its layers row, and drops the three tables", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parley-layers-')), 'a.db');
    const db = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 9)) db.exec(m.sql);
    db.pragma('user_version = 9');
    const article = db.prepare("INSERT INTO articles (doc_id, content_hash, format, text, boilerplate, ingested_at) VALUES (?, ?, 'text', 'Iran met Iraq. Talks went on.', '[]', 'now')");
    article.run('a', 'h1');
    article.run('b', 'h2');
    db.exec(`
      INSERT INTO sentences VALUES (1, 1, 15, 29, 0), (1, 0, 0, 14, 0);
      INSERT INTO actor_mentions VALUES (1, 0, 'IRQ', 'IRQ', '', NULL, 'Iraq', 9, 13), (1, 0, 'IRNGOV', 'IRN', 'GOV', 'Iran', 'Iran', 0, 4), (1, 0, 'IRN', 'IRN', '', NULL, 'Iran', 0, 4);
      INSERT INTO article_spans VALUES (1, 'trigger', 0, 5, 8, '040'), (1, 'date', 1, 15, 20, NULL);`);
    db.close();
    const store = openStore(path);
    const rows = store.db.prepare('SELECT article_id, sentences, actors, spans FROM article_layers ORDER BY article_id').all() as { article_id: number; sentences: string; actors: string; spans: string }[];
    expect(rows.map((r) => r.article_id)).toEqual([1, 2]);
    expect(parseArticleLayers(rows[0])).toEqual({
      sentences: [[0, 0, 14, 0], [1, 15, 29, 0]],
      actors: [[0, 'IRNGOV', 'IRN', 'GOV', 'Iran', 'Iran', 0, 4], [0, 'IRN', 'IRN', '', null, 'Iran', 0, 4], [0, 'IRQ', 'IRQ', '', null, 'Iraq', 9, 13]],
      spans: [['trigger', 0, 5, 8, '040'], ['date', 1, 15, 20, null]],
    });
    expect(parseArticleLayers(rows[1])).toEqual({ sentences: [], actors: [], spans: [] });
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE name IN ('sentences', 'actor_mentions', 'article_spans')").all();
    expect(tables).toEqual([]);
    store.close();
  });
});
