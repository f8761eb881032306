/**
 * Builds the benchmark corpus: JSONL records `{"id","text","date"}` made from the team's own
 * articles (bench/corpus, data/sample, test/golden/articles), varied deterministically so the
 * corpus is not one text repeated: countries, adjectives and capitals are rotated within their
 * region, body paragraphs are reordered, and each record gets its own date (the dateline follows).
 *
 * Run directly (after `npm run build`): `node dist/bench/make-corpus.js [--mb 50] [--out FILE]`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ParleyError } from '../src/core/errors.js';
/** Countries grouped by region; a variant rotates each group, so swaps stay within a region. */
const REGIONS = Object.freeze([
    [
        ['Iraq', 'Iraqi', 'Baghdad'],
        ['Iran', 'Iranian', 'Tehran'],
        ['Syria', 'Syrian', 'Damascus'],
        ['Lebanon', 'Lebanese', 'Beirut'],
        ['Jordan', 'Jordanian', 'Amman'],
        ['Yemen', 'Yemeni', 'Sanaa'],
        ['Egypt', 'Egyptian', 'Cairo'],
        ['Saudi Arabia', 'Saudi', 'Riyadh'],
    ],
    [
        ['Nigeria', 'Nigerian', 'Abuja'],
        ['Kenya', 'Kenyan', 'Nairobi'],
        ['Mali', 'Malian', 'Bamako'],
        ['Niger', 'Nigerien', 'Niamey'],
        ['Sudan', 'Sudanese', 'Khartoum'],
        ['Ethiopia', 'Ethiopian', 'Addis Ababa'],
        ['Zimbabwe', 'Zimbabwean', 'Harare'],
        ['Somalia', 'Somali', 'Mogadishu'],
        ['Uganda', 'Ugandan', 'Kampala'],
    ],
    [
        ['France', 'French', 'Paris'],
        ['Germany', 'German', 'Berlin'],
        ['Britain', 'British', 'London'],
        ['Ukraine', 'Ukrainian', 'Kyiv'],
        ['Russia', 'Russian', 'Moscow'],
        ['Serbia', 'Serbian', 'Belgrade'],
        ['Poland', 'Polish', 'Warsaw'],
        ['Georgia', 'Georgian', 'Tbilisi'],
    ],
    [
        ['China', 'Chinese', 'Beijing'],
        ['Japan', 'Japanese', 'Tokyo'],
        ['India', 'Indian', 'New Delhi'],
        ['Pakistan', 'Pakistani', 'Islamabad'],
        ['Bangladesh', 'Bangladeshi', 'Dhaka'],
        ['Thailand', 'Thai', 'Bangkok'],
        ['Afghanistan', 'Afghan', 'Kabul'],
        ['South Korea', 'South Korean', 'Seoul'],
    ],
    [
        ['Venezuela', 'Venezuelan', 'Caracas'],
        ['Colombia', 'Colombian', 'Bogota'],
        ['Mexico', 'Mexican', 'Mexico City'],
        ['Brazil', 'Brazilian', 'Brasilia'],
        ['Haiti', 'Haitian', 'Port-au-Prince'],
        ['Peru', 'Peruvian', 'Lima'],
        ['Argentina', 'Argentine', 'Buenos Aires'],
        ['Chile', 'Chilean', 'Santiago'],
    ],
].map((group) => Object.freeze(group.map((c) => Object.freeze(c)))));
/** Month names as wire datelines write them. */
const DATELINE_MONTHS = Object.freeze(['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
const FIRST_DAY = Date.UTC(2003, 0, 1);
const DAY_COUNT = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000) + 1;
const DEFAULT_SEED = 20_030_320;
/** The folders read, relative to the project root, in this order. */
const ARTICLE_FOLDERS = Object.freeze(['test/golden/articles', 'data/sample', 'bench/corpus']);
/**
 * Builds JSONL lines (without newlines) totalling at least `targetBytes` bytes with newlines.
 *
 * @example
 * const lines = makeBenchCorpus({ targetBytes: 5 * 1024 * 1024 });
 * JSON.parse(lines[0]) // { id: 'bench-000001', text: 'Iraqi troops battle ...', date: '2011-06-02' }
 */
export function makeBenchCorpus(options) {
    if (!Number.isFinite(options.targetBytes) || options.targetBytes < 0) {
        throw new ParleyError('USAGE', `targetBytes must be a non-negative number, got ${options.targetBytes}`, { stage: 'bench' });
    }
    const articles = readTeamArticles(findProjectRoot());
    const places = indexCountryForms();
    const namePattern = countryNamePattern(places);
    const random = seededRandom(options.seed ?? DEFAULT_SEED);
    const lines = [];
    let bytes = 0;
    for (let n = 0; bytes < options.targetBytes; n++) {
        const article = articles[n % articles.length];
        const rotations = REGIONS.map((group) => Math.floor(random() * group.length));
        const date = isoDay(Math.floor(random() * DAY_COUNT));
        const swapped = article.replace(namePattern, (word) => swapCountry(word, places, rotations));
        const text = redate(reorderBody(swapped, Math.floor(random() * 1_000)), date);
        const line = JSON.stringify({ id: `bench-${String(n + 1).padStart(6, '0')}`, text, date });
        lines.push(line);
        bytes += Buffer.byteLength(line, 'utf8') + 1;
    }
    return lines;
}
/**
 * The folder that holds package.json, walking up from this module (works from `bench/` under
 * tsx/vitest and from `dist/bench/` when compiled).
 *
 * @example
 * join(findProjectRoot(), 'bench', 'corpus')
 */
export function findProjectRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if (existsSync(join(dir, 'package.json')))
            return dir;
        dir = dirname(dir);
    }
    throw new ParleyError('INPUT_NOT_FOUND', 'cannot find the project root (no package.json above bench/)', { stage: 'bench' });
}
/**
 * Every team-written article text (`*.txt`) of the corpus folders, in a fixed order.
 *
 * @example
 * readTeamArticles(findProjectRoot()).length // 43
 */
export function readTeamArticles(root) {
    const texts = [];
    for (const folder of ARTICLE_FOLDERS) {
        const dir = join(root, folder);
        if (!existsSync(dir))
            continue;
        const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
        for (const file of files)
            texts.push(readFileSync(join(dir, file), 'utf8'));
    }
    if (texts.length === 0) {
        throw new ParleyError('INPUT_EMPTY', `no article texts found under ${ARTICLE_FOLDERS.join(', ')}`, { stage: 'bench', input: root });
    }
    return texts;
}
function indexCountryForms() {
    const places = new Map();
    REGIONS.forEach((group, region) => group.forEach((forms, member) => forms.forEach((word, form) => {
        const at = { region, member, form: form };
        places.set(word, { ...at, upper: false });
        if (form === 2)
            places.set(word.toUpperCase(), { ...at, upper: true });
    })));
    return places;
}
/** One alternation of every form, longest first so "South Sudan" wins over "Sudan". */
function countryNamePattern(places) {
    const words = [...places.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
    return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'g');
}
function swapCountry(word, places, rotations) {
    const place = places.get(word);
    if (place === undefined)
        return word;
    const group = REGIONS[place.region];
    const replacement = group[(place.member + rotations[place.region]) % group.length][place.form];
    return place.upper ? replacement.toUpperCase() : replacement;
}
/** Keeps the headline and the dateline paragraph, rotates the rest of the body. */
function reorderBody(text, turn) {
    const paragraphs = text.trim().split(/\n[ \t]*\n/);
    if (paragraphs.length < 4)
        return text;
    const body = paragraphs.slice(2);
    const k = turn % body.length;
    const rotated = [...body.slice(k), ...body.slice(0, k)];
    return [paragraphs[0], paragraphs[1], ...rotated].join('\n\n') + '\n';
}
/** Rewrites the first wire dateline ("March 26 (Wire)") to the record's date. */
function redate(text, isoDate) {
    const month = DATELINE_MONTHS[Number(isoDate.slice(5, 7)) - 1];
    const day = Number(isoDate.slice(8, 10));
    return text.replace(/\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2} \(Wire\)/, `${month} ${day} (Wire)`);
}
function isoDay(offset) {
    return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}
/** mulberry32: a small, fast generator; deterministic for a given seed. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/** `--mb N`, `--bytes N`, `--seed N`, `--out FILE`; defaults: 5 MB to bench/out/corpus.jsonl. */
function parseArgs(argv, root) {
    const parsed = { targetBytes: 5 * 1024 * 1024, seed: DEFAULT_SEED, out: join(root, 'bench', 'out', 'corpus.jsonl') };
    for (let i = 0; i < argv.length; i += 2) {
        const [flag, value] = [argv[i], argv[i + 1]];
        if (value === undefined)
            throw new ParleyError('USAGE', `${flag} needs a value`, { stage: 'bench' });
        if (flag === '--mb')
            parsed.targetBytes = Number(value) * 1024 * 1024;
        else if (flag === '--bytes')
            parsed.targetBytes = Number(value);
        else if (flag === '--seed')
            parsed.seed = Number(value);
        else if (flag === '--out')
            parsed.out = resolve(value);
        else
            throw new ParleyError('USAGE', `unknown option ${flag} (use --mb, --bytes, --seed, --out)`, { stage: 'bench' });
    }
    return parsed;
}
function isRunDirectly() {
    const script = process.argv[1];
    return script !== undefined && import.meta.url === pathToFileURL(resolve(script)).href;
}
if (isRunDirectly()) {
    const args = parseArgs(process.argv.slice(2), findProjectRoot());
    const started = performance.now();
    const lines = makeBenchCorpus({ targetBytes: args.targetBytes, seed: args.seed });
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, lines.join('\n') + '\n');
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stderr.write(`make-corpus: ${lines.length} records, ${(args.targetBytes / 1048576).toFixed(1)} MB target -> ${args.out} in ${seconds}s\n`);
}
