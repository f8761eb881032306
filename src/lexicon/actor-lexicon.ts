import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { ACTOR_FILE_COLUMNS, entriesOfRow, type ActorFileKind } from './actor-rows.js';
import { projectDataDir } from './data-dir.js';
import { parseTsv, type TsvTable } from './tsv.js';
import type { ActorEntry, ActorLexicon } from './types.js';

const KINDS = Object.keys(ACTOR_FILE_COLUMNS) as ActorFileKind[];

/**
 * The actor files of a folder, loaded when none are named: every `.tsv` whose name starts with a
 * kind (countries, metonyms, organizations, groups, roles, titles, people), in that order of kinds
 * and then by name, so a user's `people-local.tsv` beside `people.tsv` is picked up.
 *
 * @example
 * actorFilesIn('data/actors') // ['countries.tsv', 'metonyms.tsv', ..., 'people.tsv']
 */
export function actorFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (cause) {
    throw new ParleyError('LEXICON_INVALID', `cannot read the actor folder ${dir}`, { input: dir, cause });
  }
  const rank = (f: string): number => KINDS.findIndex((k) => f.toLowerCase().startsWith(k));
  return names
    .filter((f) => f.endsWith('.tsv') && rank(f) >= 0)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface LoadActorLexiconOptions {
  /** The folder holding the files; default the package's data/actors/. */
  readonly dir?: string;
  /** File names (relative to `dir`) or absolute paths; default every actor file in `dir` (actorFilesIn). */
  readonly files?: readonly string[];
  /**
   * A user's own actor files (absolute paths, kind from the name), read before the others: their
   * entries come first, so for the same phrase and kind a user entry is preferred.
   */
  readonly extraFiles?: readonly string[];
}

interface ActorFile {
  readonly kind: ActorFileKind;
  /** The path as errors and origins show it: "data/actors/people.tsv". */
  readonly label: string;
  readonly table: TsvTable;
}

function kindOf(file: string): ActorFileKind {
  const name = basename(file).toLowerCase();
  const kind = KINDS.find((k) => name.startsWith(k));
  if (!kind) {
    throw new ParleyError('LEXICON_INVALID', `cannot tell the kind of actor file from its name; start it with one of ${KINDS.join(', ')}`, { input: file });
  }
  return kind;
}

function readActorFile(dir: string, dirLabel: string, file: string): ActorFile {
  const path = isAbsolute(file) ? file : join(dir, file);
  const label = isAbsolute(file) ? file : `${dirLabel}/${file}`;
  const kind = kindOf(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ParleyError('LEXICON_INVALID', `cannot read actor file ${path}`, { input: label, cause });
  }
  const table = parseTsv(text, label);
  const expected = ACTOR_FILE_COLUMNS[kind];
  if (table.columns.join('\t') !== expected.join('\t')) {
    throw new ParleyError(
      'LEXICON_INVALID',
      `header is "${table.columns.join(' | ')}", a ${kind} file needs "${expected.join(' | ')}"`,
      { input: label, line: table.headerLine },
    );
  }
  return { kind, label, table };
}

/** The country codes the files may use: those of the loaded countries files, else of dir/countries.tsv. */
function countryCodesOf(files: readonly ActorFile[], dir: string, dirLabel: string): Set<string> {
  let sources = files.filter((f) => f.kind === 'countries');
  if (sources.length === 0 && existsSync(join(dir, 'countries.tsv'))) sources = [readActorFile(dir, dirLabel, 'countries.tsv')];
  const codes = new Set<string>();
  for (const { table } of sources) {
    for (const { line, cells } of table.rows) {
      const code = cells[0] ?? '';
      if (!/^[A-Z]{3}$/.test(code)) {
        throw new ParleyError('LEXICON_INVALID', `country code "${code}" is not three capital letters`, { input: table.input, line });
      }
      if (codes.has(code)) throw new ParleyError('LEXICON_INVALID', `country ${code} is listed twice`, { input: table.input, line });
      codes.add(code);
    }
  }
  return codes;
}

function deepFreeze(entries: ActorEntry[]): readonly ActorEntry[] {
  for (const e of entries) {
    Object.freeze(e.roles);
    Object.freeze(e);
  }
  return Object.freeze(entries);
}

/**
 * Reads and validates the actor dictionaries and flattens every name, alias, adjective, role noun
 * and title into one frozen list of entries. Throws LEXICON_INVALID with the file and line of the
 * first error. Synchronous: call it once at start-up and pass the value on.
 *
 * @example
 * const lexicon = loadActorLexicon();
 * lexicon.entries.find((e) => e.phrase === 'Tehran') // { kind: 'capital', code: 'IRNGOV', ... }
 * loadActorLexicon({ dir: 'my-actors', files: ['countries.tsv', 'people-local.tsv'] })
 * loadActorLexicon({ extraFiles: ['/home/me/dict/people.tsv'] }) // the built-in files and mine
 */
export function loadActorLexicon(options: LoadActorLexiconOptions = {}): ActorLexicon {
  const dir = options.dir ?? join(projectDataDir(), 'actors');
  const dirLabel = options.dir === undefined ? 'data/actors' : options.dir.replace(/[\\/]+$/, '');
  const files = [...(options.extraFiles ?? []), ...(options.files ?? actorFilesIn(dir))].map((f) => readActorFile(dir, dirLabel, f));
  const countries = countryCodesOf(files, dir, dirLabel);
  const entries: ActorEntry[] = [];
  for (const { kind, label, table } of files) {
    const index = new Map(table.columns.map((c, i) => [c, i]));
    for (const { line, cells } of table.rows) {
      const cell = (column: string): string => cells[index.get(column) ?? -1] ?? '';
      const row = { cell, at: { input: label, line, countries }, origin: `${label}:${line}` };
      // phrasesOf has already dropped repeats within a row, so every entry is new here.
      for (const entry of entriesOfRow(kind, row)) entries.push(entry);
    }
  }
  return Object.freeze({ entries: deepFreeze(entries) });
}
