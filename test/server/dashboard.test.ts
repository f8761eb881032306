import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/create-api.js';
import { openStore } from '../../src/store/open-store.js';

describe('the dashboard at /', () => {
  it('serves the files of the folder it is given, and never a file outside it', async () => {
    const web = mkdtempSync(join(tmpdir(), 'parley-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Parley dashboard</title>');
    writeFileSync(join(web, 'app.js'), 'export {};');
    const store = openStore(':memory:');
    const app = createApi({ db: store, web });
    const index = await app.request('/');
    expect([index.status, await index.text()]).toEqual([200, '<!doctype html><title>Parley dashboard</title>']);
    const script = await app.request('/app.js');
    expect(script.headers.get('Content-Type')).toMatch(/javascript/);
    expect((await app.request('/../package.json')).status).toBe(404);
    expect((await app.request('/%2e%2e/package.json')).status).toBe(404);
    expect((await app.request('/api/health')).status).toBe(200);
    store.close();
  });
});
