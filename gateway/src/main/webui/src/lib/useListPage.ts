import { useSearchParams } from 'react-router-dom';
import { readListState, writeListState, type ListState } from './listState';

export interface ListPage {
  state: ListState;
  /** Moves to another page, size or sort, keeping the rest of the state. */
  go: (next: Partial<ListState>) => void;
  /** Sets one filter (empty or undefined removes it) and returns to the first page. */
  filter: (key: string, value: string | undefined) => void;
  /** Clears every filter, the page and the sort. */
  reset: () => void;
}

/** A list page's state, kept in the URL so that a link to the page shows the same rows. */
export function useListPage(defaults: { size?: number; sort?: string } = {}): ListPage {
  const [params, setParams] = useSearchParams();
  const state = readListState(params, defaults);
  const go = (next: Partial<ListState>) => setParams(writeListState({ ...state, ...next }));
  return {
    state,
    go,
    filter: (key, value) => go({ filters: { ...state.filters, [key]: value ?? '' }, page: 1 }),
    reset: () => setParams(new URLSearchParams()),
  };
}
