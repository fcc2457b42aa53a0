import { describe, expect, it } from 'vitest';
import { apiQuery, orderOf, readListState, sortOf, writeListState } from './listState';

describe('list state in the URL', () => {
  it('reads page, size, sort and filters', () => {
    const s = readListState(new URLSearchParams('page=3&size=50&sort=name,asc&q=高新&sector=ORGAN'));
    expect(s).toEqual({ page: 3, size: 50, sort: 'name,asc', filters: { q: '高新', sector: 'ORGAN' } });
  });

  it('falls back to the defaults and bounds the size', () => {
    expect(readListState(new URLSearchParams('page=-2&size=9999'), { sort: 'createdAt,desc' }))
      .toEqual({ page: 1, size: 200, sort: 'createdAt,desc', filters: {} });
    expect(readListState(new URLSearchParams('page=x'))).toEqual({ page: 1, size: 20, sort: undefined, filters: {} });
  });

  it('writes only what differs from the defaults, and reads back the same', () => {
    const state = { page: 2, size: 20, sort: 'name,desc', filters: { q: '支部', kind: '' } };
    const params = writeListState(state);
    expect(params.toString()).toBe('q=%E6%94%AF%E9%83%A8&page=2&sort=name%2Cdesc');
    expect(readListState(params)).toEqual({ page: 2, size: 20, sort: 'name,desc', filters: { q: '支部' } });
  });

  it('asks the API for pages from 0', () => {
    expect(apiQuery({ page: 1, size: 20, filters: { status: 'ACTIVE' } })).toEqual({ status: 'ACTIVE', page: 0, size: 20 });
  });

  it('translates the table sorter both ways', () => {
    expect(sortOf('name', 'ascend')).toBe('name,asc');
    expect(sortOf('name', 'descend')).toBe('name,desc');
    expect(sortOf('name', null)).toBeUndefined();
    expect(orderOf('name,desc', 'name')).toBe('descend');
    expect(orderOf('name,desc', 'foundedOn')).toBeNull();
  });
});
