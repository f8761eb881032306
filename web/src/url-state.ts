import type { QuadClass } from './api-types.js';
import { INITIAL_STATE, type DashboardState, type Focus, type Period } from './state.js';

const CODE = /^[A-Z0-9]{1,30}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dashboard state a URL fragment describes, so that a view can be bookmarked and shared;
 * what is malformed is left at its default.
 *
 * @example
 * stateFromHash('#dyad=USA,CUB&from=2015-01-01&to=2015-03-31&article=12&event=ab12')
 */
export function stateFromHash(hash: string): DashboardState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  let focus: Focus = INITIAL_STATE.focus;
  const actor = p.get('actor')?.toUpperCase();
  const dyad = p.get('dyad')?.toUpperCase().split(',');
  if (actor && CODE.test(actor)) focus = { kind: 'actor', actor };
  if (dyad && dyad.length === 2 && dyad.every((c) => CODE.test(c))) focus = { kind: 'dyad', source: dyad[0], target: dyad[1] };
  const quad = Number(p.get('quad'));
  const root = p.get('root');
  const minConfidence = Number(p.get('min_confidence'));
  const from = p.get('from');
  const to = p.get('to');
  const per = p.get('per');
  const article = Number(p.get('article'));
  return Object.freeze({
    focus,
    quad: [1, 2, 3, 4].includes(quad) ? (quad as QuadClass) : null,
    root: root && /^(0[1-9]|1\d|20)$/.test(root) ? root : null,
    text: p.get('text') || null,
    minConfidence: p.has('min_confidence') && minConfidence >= 0 && minConfidence <= 1 ? minConfidence : null,
    range: from && to && DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : null,
    per: per === 'day' || per === 'week' || per === 'month' ? (per as Period) : INITIAL_STATE.per,
    reader: Number.isSafeInteger(article) && article > 0 ? { articleId: article, eventId: p.get('event') || null } : null,
  });
}

/** The URL fragment of a state (the inverse of `stateFromHash`). */
export function hashOf(s: DashboardState): string {
  const p = new URLSearchParams();
  if (s.focus.kind === 'actor') p.set('actor', s.focus.actor);
  if (s.focus.kind === 'dyad') p.set('dyad', `${s.focus.source},${s.focus.target}`);
  if (s.quad !== null) p.set('quad', String(s.quad));
  if (s.root !== null) p.set('root', s.root);
  if (s.text !== null) p.set('text', s.text);
  if (s.minConfidence !== null) p.set('min_confidence', String(s.minConfidence));
  if (s.range) { p.set('from', s.range.from); p.set('to', s.range.to); }
  if (s.per !== INITIAL_STATE.per) p.set('per', s.per);
  if (s.reader) {
    p.set('article', String(s.reader.articleId));
    if (s.reader.eventId) p.set('event', s.reader.eventId);
  }
  const q = p.toString();
  return q ? `#${q}` : '';
}
