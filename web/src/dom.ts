type Child = Node | string | null | undefined | false;

/**
 * Makes an element with attributes (`on*` functions become listeners) and children.
 *
 * @example
 * el('button', { class: 'link', onclick: () => open() }, 'Open')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined | ((event: Event) => void)> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** A view's frame: a titled panel with a slot for controls and one for the body. */
export interface Panel {
  readonly root: HTMLElement;
  readonly controls: HTMLElement;
  readonly body: HTMLElement;
  readonly status: HTMLElement;
}

/** A panel for a view, e.g. `panel('timeline', 'Timeline')`. */
export function panel(id: string, title: string): Panel {
  const controls = el('div', { class: 'panel-controls' });
  const status = el('span', { class: 'panel-status', 'aria-live': 'polite' });
  const body = el('div', { class: 'panel-body' });
  const root = el('section', { class: `panel panel-${id}`, id, 'data-state': 'loading' },
    el('header', { class: 'panel-head' }, el('h2', {}, title), status, controls), body);
  return { root, controls, body, status };
}

/** Marks a panel as loading, ready or failed (tests and styles read `data-state`). */
export function setPanelState(p: Panel, state: 'loading' | 'ready' | 'error', message = ''): void {
  p.root.dataset.state = state;
  p.status.textContent = message;
  p.status.classList.toggle('error', state === 'error');
}

/** A number with thousands separators: `formatCount(2091)` is "2,091". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
