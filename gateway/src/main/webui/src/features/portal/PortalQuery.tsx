import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api/problem';
import { NotFound } from '../../components/NotFound';
import { QueryState } from '../../components/QueryState';

/** A read of one record of an organization: another organization's record (404 or 403) is "not found". */
export function PortalQuery<T>({ query, children, rows }: { query: UseQueryResult<T, unknown>; children: (data: T) => ReactNode; rows?: number }) {
  if (query.isError && query.error instanceof ApiError && (query.error.kind === 'notFound' || query.error.kind === 'forbidden' || query.error.status === 400)) {
    return <NotFound />;
  }
  return <QueryState query={query} rows={rows}>{children}</QueryState>;
}
