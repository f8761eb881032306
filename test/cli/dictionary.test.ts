import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/event-record.js';
import { runCli } from './run-cli.js';

const PEOPLE = `# people the built-in dictionaries do not know
name\tnames\tcountry\troles\tfrom\tto\toffice
Zorana Velkovic\tVelkovic\tSRB\tGOV\t2021-03-01\t2029-12-31\tforeign minister
`;

function events(stdout: string): EventRecord[] {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord);
}

/** A story file and a dictionary folder (actors/people.tsv) holding `people`. */
function setUp(people: string): { story: string; dictionary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-dict-'));
  const story = join(dir, 'velkovic.txt');
  writeFileSync(story, 'Foreign Minister Zorana Velkovic accused Croatia of violating the border accord.\n');
  const dictionary = join(dir, 'my-dictionary');
  mkdirSync(join(dictionary, 'actors'), { recursive: true });
  writeFileSync(join(dictionary, 'actors', 'people.tsv'), people);
  return { story, dictionary };
}

describe('parley code --dictionary', () => {
  it("codes a person from the user's people.tsv as that person's actor", async () => {
    const { story, dictionary } = setUp(PEOPLE);
    const { code, stdout } = await runCli(['code', '--date', '2024-05-02', '--dictionary', dictionary, story]);
    expect(code).toBe(0);
    expect(events(stdout)[0]?.source).toMatchObject({ code: 'SRBGOV', name: 'Zorana Velkovic' });
  });

  it('takes a single file, and may be repeated', async () => {
    const { story, dictionary } = setUp(PEOPLE);
    const extra = join(dictionary, 'groups-local.tsv');
    writeFileSync(extra, 'country\troles\tname\tnames\tnotes\nSRB\tOPP\tBorder Watch\t\tinvented\n');
    const { code, stdout } = await runCli(['code', '--date', '2024-05-02', '--dictionary', join(dictionary, 'actors', 'people.tsv'), '--dictionary', extra, story]);
    expect(code).toBe(0);
    expect(events(stdout)[0]?.source?.code).toBe('SRBGOV');
  });

  it('stops with status 2 and one line naming the file and line of a bad entry', async () => {
    const { story, dictionary } = setUp(`${PEOPLE}Ilan Dov\t\tXXQ\tGOV\t2020-01-01\t\tminister\n`);
    const { code, stdout, stderr } = await runCli(['code', '--dictionary', dictionary, story]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${join(dictionary, 'actors', 'people.tsv')}:4: LEXICON_INVALID`);
  });

  it('stops with status 2 when the path does not exist', async () => {
    const { story, dictionary } = setUp(PEOPLE);
    const { code, stderr } = await runCli(['code', '--dictionary', join(dictionary, 'nowhere'), story]);
    expect(code).toBe(2);
    expect(stderr).toContain('LEXICON_INVALID');
  });
});
