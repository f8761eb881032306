/** A point on screen with a weight (events) and what it stands for. */
export interface WeightedPoint<T> {
  readonly x: number;
  readonly y: number;
  readonly weight: number;
  readonly item: T;
}

/** Points drawn as one: at their weighted centre, with their total weight. */
export interface Cluster<T> {
  readonly x: number;
  readonly y: number;
  readonly weight: number;
  readonly items: readonly T[];
}

/**
 * Greedy clustering in screen space: the heaviest point not yet taken starts a cluster, which takes
 * every point within `radius` pixels of it. Deterministic (ties broken by input order); a grid of
 * cells `radius` wide keeps it near-linear.
 *
 * @example
 * clusterPoints([{ x: 0, y: 0, weight: 5, item: 'a' }, { x: 3, y: 4, weight: 1, item: 'b' }], 10)
 * // [{ x: 0.83, y: 0.67, weight: 6, items: ['a', 'b'] }]
 */
export function clusterPoints<T>(points: readonly WeightedPoint<T>[], radius: number): Cluster<T>[] {
  const order = points.map((p, i) => ({ p, i })).sort((a, b) => b.p.weight - a.p.weight || a.i - b.i);
  const cell = (v: number) => Math.floor(v / radius);
  const grid = new Map<string, number[]>();
  order.forEach(({ p }, k) => {
    const key = `${cell(p.x)},${cell(p.y)}`;
    const list = grid.get(key);
    if (list) list.push(k); else grid.set(key, [k]);
  });
  const taken = new Array<boolean>(order.length).fill(false);
  const clusters: Cluster<T>[] = [];
  for (let k = 0; k < order.length; k++) {
    if (taken[k]) continue;
    const seed = order[k].p;
    const members: WeightedPoint<T>[] = [];
    for (let gx = cell(seed.x) - 1; gx <= cell(seed.x) + 1; gx++) {
      for (let gy = cell(seed.y) - 1; gy <= cell(seed.y) + 1; gy++) {
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          const q = order[j].p;
          if (!taken[j] && Math.hypot(q.x - seed.x, q.y - seed.y) <= radius) {
            taken[j] = true;
            members.push(q);
          }
        }
      }
    }
    members.sort((a, b) => b.weight - a.weight);
    const weight = members.reduce((s, m) => s + m.weight, 0);
    const x = members.reduce((s, m) => s + m.x * m.weight, 0) / (weight || 1);
    const y = members.reduce((s, m) => s + m.y * m.weight, 0) / (weight || 1);
    clusters.push({ x: weight ? x : seed.x, y: weight ? y : seed.y, weight, items: members.map((m) => m.item) });
  }
  return clusters;
}
