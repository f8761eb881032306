import type { ActorRow, ApiEvent, ArticleDetail, DyadRow, PlaceRow, SearchHit, StoreSummary, TimelinePoint } from './api-types.js';

/** An API error, with the message the server gave. */
export class ApiRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The reads the dashboard makes; each takes the filter parameters of `filterParameters`. */
export interface ApiClient {
  summary(): Promise<StoreSummary>;
  timeline(filters: URLSearchParams, per: string): Promise<TimelinePoint[]>;
  events(filters: URLSearchParams, limit: number, cursor?: string | null): Promise<{ events: ApiEvent[]; next: string | null }>;
  places(filters: URLSearchParams, limit: number): Promise<PlaceRow[]>;
  dyads(filters: URLSearchParams, level: 'code' | 'country', limit: number): Promise<DyadRow[]>;
  actors(filters: URLSearchParams, limit: number): Promise<ActorRow[]>;
  article(id: number): Promise<ArticleDetail>;
  search(q: string, limit: number): Promise<SearchHit[]>;
}

/**
 * The API client, over `fetch`, at `base` (the page's own folder by default, so the dashboard works
 * wherever `parley serve` puts it).
 *
 * @example
 * const api = createApiClient();
 * const { events } = await api.events(new URLSearchParams({ dyad: 'USA,CUB' }), 100);
 */
export function createApiClient(base = new URL('./', document.baseURI).href): ApiClient {
  async function get<T>(path: string, params: URLSearchParams): Promise<T> {
    const query = params.toString();
    const res = await fetch(new URL(`api/${path}${query ? `?${query}` : ''}`, base));
    const body = await res.json().catch(() => null) as T & { error?: { code: string; message: string } } | null;
    if (!res.ok || body === null) {
      throw new ApiRequestError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? `the server answered ${res.status}`);
    }
    return body;
  }
  const withParams = (filters: URLSearchParams, extra: Record<string, string>) => {
    const p = new URLSearchParams(filters);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return p;
  };
  return {
    summary: () => get('summary', new URLSearchParams()),
    timeline: async (filters, per) => (await get<{ timeline: TimelinePoint[] }>('timeline', withParams(filters, { per }))).timeline,
    events: (filters, limit, cursor) => get('events', withParams(filters, cursor ? { limit: String(limit), cursor } : { limit: String(limit) })),
    places: async (filters, limit) => (await get<{ places: PlaceRow[] }>('places', withParams(filters, { limit: String(limit) }))).places,
    dyads: async (filters, level, limit) => (await get<{ dyads: DyadRow[] }>('dyads', withParams(filters, { level, limit: String(limit) }))).dyads,
    actors: async (filters, limit) => (await get<{ actors: ActorRow[] }>('actors', withParams(filters, { limit: String(limit) }))).actors,
    article: (id) => get(`articles/${id}`, new URLSearchParams()),
    search: async (q, limit) => (await get<{ articles: SearchHit[] }>('search', new URLSearchParams({ q, limit: String(limit) }))).articles,
  };
}

/** The message to show for a failed read. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
