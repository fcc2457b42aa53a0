/**
 * The state of a list page lives in the URL (a link can be shared): page (from 1 in the URL, from 0 for the
 * API), size, sort (`field,asc|desc`) and the page's own filters.
 */
export interface ListState {
  page: number;
  size: number;
  sort?: string;
  filters: Record<string, string>;
}

const RESERVED = new Set(['page', 'size', 'sort']);

export function readListState(params: URLSearchParams, defaults: { size?: number; sort?: string } = {}): ListState {
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const rawSize = Number.parseInt(params.get('size') ?? '', 10);
  const size = rawSize > 0 ? Math.min(rawSize, 200) : defaults.size ?? 20;
  const sort = params.get('sort') || defaults.sort;
  const filters: Record<string, string> = {};
  params.forEach((value, key) => {
    if (!RESERVED.has(key) && value !== '') filters[key] = value;
  });
  return { page, size, sort: sort || undefined, filters };
}

export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== undefined && v !== '') params.set(k, v);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size !== 20) params.set('size', String(state.size));
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** The query of the API for this state: the page counts from 0 there. */
export function apiQuery(state: ListState): Record<string, string | number> {
  const query: Record<string, string | number> = { ...state.filters, page: state.page - 1, size: state.size };
  if (state.sort) query.sort = state.sort;
  return query;
}

/** Ant Design's table sorter (`ascend`/`descend`) to the API's `field,asc|desc`. */
export function sortOf(field: string | undefined, order: 'ascend' | 'descend' | null | undefined): string | undefined {
  if (!field || !order) return undefined;
  return `${field},${order === 'ascend' ? 'asc' : 'desc'}`;
}

export function orderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (!sort) return null;
  const [f, dir] = sort.split(',');
  if (f !== field) return null;
  return dir === 'desc' ? 'descend' : 'ascend';
}
