import type { Query } from '../../lib/api/client';
import { apiQuery, readListState, type ListState } from '../../lib/listState';

/** The organizations list's defaults and its read, shared by the page and the entry script (app/pageData). */
export const ORGANIZATIONS_LIST = { sort: 'name,asc' };

/** The list's read for a state of the page: its filters without the opened record (`id`) and the view. */
export function organizationsQuery(state: ListState): Query {
  const { id: _opened, view: _view, ...filters } = state.filters;
  return apiQuery({ ...state, filters });
}

/** The read of the organizations page opened with these URL parameters; none for the tree view (other reads). */
export function organizationsReads(params: URLSearchParams): [string, Query][] {
  const state = readListState(params, ORGANIZATIONS_LIST);
  return state.filters.view === 'tree' ? [] : [['/api/organizations', organizationsQuery(state)]];
}
