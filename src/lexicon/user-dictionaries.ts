import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ParleyError } from '../core/errors.js';
import { ACTOR_FILE_COLUMNS, type ActorFileKind } from './actor-rows.js';

/** A user's dictionary files by kind, as absolute paths, in the order they were given. */
export interface UserDictionaryFiles {
  /** Actor files (people*.tsv, organizations*.tsv, groups*.tsv, ...): loadActorLexicon's extraFiles. */
  readonly actors: readonly string[];
  /** Verb-pattern files (*.txt): loadEventPatterns's extraFiles. */
  readonly patterns: readonly string[];
  /** Place alias files (aliases*.tsv): createOfflineGeocoder's extraAliasFiles. */
  readonly aliases: readonly string[];
}

const ACTOR_KINDS = Object.keys(ACTOR_FILE_COLUMNS) as ActorFileKind[];

type Kind = keyof UserDictionaryFiles;

/** The kind a file's name says, or null: aliases*.tsv, an actor kind's *.tsv, or any *.txt (patterns). */
function kindOfName(file: string): Kind | null {
  const name = basename(file).toLowerCase();
  if (name.endsWith('.txt')) return 'patterns';
  if (!name.endsWith('.tsv')) return null;
  if (name.startsWith('aliases')) return 'aliases';
  return ACTOR_KINDS.some((k) => name.startsWith(k)) ? 'actors' : null;
}

function unknownKind(path: string): ParleyError {
  return new ParleyError(
    'LEXICON_INVALID',
    `cannot tell what kind of dictionary this is from its name: name it ${ACTOR_KINDS.map((k) => `${k}*.tsv`).join(', ')}, aliases*.tsv (places) or *.txt (verb patterns)`,
    { input: path },
  );
}

/** Every .tsv and .txt file under a folder, sorted by path (other files, such as a README, are passed over). */
function dictionaryFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...dictionaryFilesUnder(path));
    else if (/\.(tsv|txt)$/i.test(name)) found.push(path);
  }
  return found;
}

/**
 * Sorts the paths given with `--dictionary` into actor, pattern and place-alias files. A path is a
 * file, whose name says its kind, or a folder, whose .tsv and .txt files (in it and its subfolders,
 * so a copy of data/'s layout works) are each sorted by name the same way. A missing path or a file
 * whose name says no kind is a LEXICON_INVALID error naming it. The files are read later, by the
 * loaders, which validate every line.
 *
 * @example
 * userDictionaryFiles(['my-dict/', 'extra/people-local.tsv'])
 * // { actors: ['/…/my-dict/actors/people.tsv', '/…/extra/people-local.tsv'], patterns: ['/…/my-dict/patterns/ngo.txt'], aliases: [] }
 */
export function userDictionaryFiles(paths: readonly string[]): UserDictionaryFiles {
  const files: Record<Kind, string[]> = { actors: [], patterns: [], aliases: [] };
  for (const given of paths) {
    const path = resolve(given);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (cause) {
      throw new ParleyError('LEXICON_INVALID', `no dictionary file or folder at ${given}`, { input: given, cause });
    }
    for (const file of isFolder ? dictionaryFilesUnder(path) : [path]) {
      const kind = kindOfName(file);
      if (kind === null) throw unknownKind(file);
      if (!files[kind].includes(file)) files[kind].push(file);
    }
  }
  return Object.freeze({
    actors: Object.freeze(files.actors),
    patterns: Object.freeze(files.patterns),
    aliases: Object.freeze(files.aliases),
  });
}
