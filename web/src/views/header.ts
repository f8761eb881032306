import type { ActorRow, DyadRow, QuadClass, StoreSummary } from '../api-types.js';
import { CAMEO_ROOTS } from '../cameo-roots.js';
import { el, formatCount } from '../dom.js';
import { QUAD_CLASSES } from '../quad-classes.js';
import type { DashboardState, Focus } from '../state.js';
import type { ViewContext } from './view-context.js';

const CODE = /^[A-Za-z0-9]{1,30}$/;

/**
 * The header: what the store holds, the focus picker (all events, one actor, or a dyad, typed or
 * picked from the busiest pairs), the filters every view shares (quad class, CAMEO root, words,
 * confidence) and the brushed date range with a button to clear it.
 */
export function mountHeader(host: HTMLElement, ctx: ViewContext, summaryLoad: Promise<StoreSummary | null>, actorsLoad: Promise<readonly ActorRow[]>, dyadsLoad: Promise<readonly DyadRow[]>): void {
  const actorList = el('datalist', { id: 'actor-codes' });
  void actorsLoad.then((actors) => actorList.replaceChildren(...actors.map((a) => el('option', { value: a.code }, `${a.events} events`))));
  const mode = el('select', { id: 'focus-mode', 'aria-label': 'focus' },
    el('option', { value: 'all' }, 'All events'), el('option', { value: 'actor' }, 'Actor'), el('option', { value: 'dyad' }, 'Dyad'));
  const actor = el('input', { id: 'focus-actor', list: 'actor-codes', placeholder: 'actor, e.g. RUSGOV', size: 12, 'aria-label': 'actor code', autocomplete: 'off' });
  const source = el('input', { id: 'dyad-source', list: 'actor-codes', placeholder: 'source', size: 8, 'aria-label': 'source actor code', autocomplete: 'off' });
  const target = el('input', { id: 'dyad-target', list: 'actor-codes', placeholder: 'target', size: 8, 'aria-label': 'target actor code', autocomplete: 'off' });
  const apply = el('button', { type: 'submit', class: 'btn primary', id: 'focus-apply' }, 'Apply');
  const topDyads = el('select', { id: 'top-dyads', 'aria-label': 'busiest dyads' },
    el('option', { value: '' }, 'Busiest dyads…'));
  void dyadsLoad.then((dyads) => topDyads.append(...dyads.map((d) => el('option', { value: `${d.source},${d.target}` }, `${d.source} → ${d.target} (${d.events})`))));
  const quad = el('select', { id: 'filter-quad', 'aria-label': 'quad class' }, el('option', { value: '' }, 'All quad classes'),
    QUAD_CLASSES.map((q) => el('option', { value: String(q.quad) }, q.name)));
  const root = el('select', { id: 'filter-root', 'aria-label': 'CAMEO root' }, el('option', { value: '' }, 'All CAMEO roots'),
    Object.entries(CAMEO_ROOTS).map(([code, name]) => el('option', { value: code }, `${code} ${name}`)));
  const confidence = el('select', { id: 'filter-confidence', 'aria-label': 'minimum confidence' }, el('option', { value: '' }, 'Any confidence'),
    ['0.3', '0.5', '0.7', '0.9'].map((v) => el('option', { value: v }, `confidence ≥ ${v}`)));
  const words = el('span', { class: 'chip', hidden: true });
  const range = el('span', { class: 'range', id: 'range-label' });
  const clearRange = el('button', { type: 'button', class: 'link', id: 'range-clear', onclick: () => ctx.state.update({ range: null }) }, 'clear');
  const message = el('span', { class: 'header-message', 'aria-live': 'polite' });

  const focusForm = el('form', { class: 'focus', onsubmit: (ev) => { ev.preventDefault(); applyFocus(); } },
    mode, actor, el('span', { class: 'dyad-inputs' }, source, el('span', { class: 'arrow' }, '→'), target), apply, topDyads, actorList);
  const stats = el('span', { class: 'stats' });
  void summaryLoad.then((summary) => {
    if (summary) stats.textContent = `${formatCount(summary.articles)} articles · ${formatCount(summary.events)} events · ${summary.firstDate ?? '?'} to ${summary.lastDate ?? '?'}`;
  });
  host.append(el('header', { class: 'app-header' },
    el('div', { class: 'brand' }, el('span', { class: 'logo', 'aria-hidden': 'true' }), el('h1', {}, 'Parley'), stats),
    el('div', { class: 'controls' }, focusForm,
      el('div', { class: 'filters' }, quad, root, confidence, words),
      el('div', { class: 'range-box' }, el('span', { class: 'muted' }, 'Dates: '), range, clearRange), message)));

  const showMode = (m: string) => {
    actor.hidden = m !== 'actor';
    (source.parentElement as HTMLElement).hidden = m !== 'dyad';
  };
  mode.addEventListener('change', () => { showMode(mode.value); if (mode.value === 'all') ctx.state.update({ focus: { kind: 'all' } }); });
  topDyads.addEventListener('change', () => {
    if (!topDyads.value) return;
    const [s, t] = topDyads.value.split(',');
    ctx.state.update({ focus: { kind: 'dyad', source: s, target: t } });
    topDyads.value = '';
  });
  quad.addEventListener('change', () => ctx.state.update({ quad: quad.value ? (Number(quad.value) as QuadClass) : null }));
  root.addEventListener('change', () => ctx.state.update({ root: root.value || null }));
  confidence.addEventListener('change', () => ctx.state.update({ minConfidence: confidence.value ? Number(confidence.value) : null }));

  function applyFocus(): void {
    message.textContent = '';
    let focus: Focus = { kind: 'all' };
    if (mode.value === 'actor') {
      const a = actor.value.trim();
      if (!CODE.test(a)) { message.textContent = 'An actor code is letters and digits, e.g. USA or IRNGOV.'; return; }
      focus = { kind: 'actor', actor: a.toUpperCase() };
    } else if (mode.value === 'dyad') {
      const s = source.value.trim();
      const t = target.value.trim();
      if (!CODE.test(s) || !CODE.test(t)) { message.textContent = 'A dyad needs a source and a target code, e.g. USA → CUB.'; return; }
      focus = { kind: 'dyad', source: s.toUpperCase(), target: t.toUpperCase() };
    }
    ctx.state.update({ focus });
  }

  const sync = (s: DashboardState) => {
    mode.value = s.focus.kind;
    showMode(s.focus.kind);
    if (s.focus.kind === 'actor') actor.value = s.focus.actor;
    if (s.focus.kind === 'dyad') { source.value = s.focus.source; target.value = s.focus.target; }
    quad.value = s.quad === null ? '' : String(s.quad);
    root.value = s.root ?? '';
    confidence.value = s.minConfidence === null ? '' : String(s.minConfidence);
    words.hidden = s.text === null;
    words.replaceChildren(`words: ${s.text ?? ''} `, el('button', { type: 'button', class: 'link', 'aria-label': 'remove the words filter', onclick: () => ctx.state.update({ text: null }) }, '×'));
    range.textContent = s.range ? `${s.range.from} to ${s.range.to}` : 'all (drag across the timeline to choose)';
    range.dataset.from = s.range?.from ?? '';
    range.dataset.to = s.range?.to ?? '';
    clearRange.hidden = s.range === null;
  };
  ctx.state.subscribe(sync);
  sync(ctx.state.get());
}
