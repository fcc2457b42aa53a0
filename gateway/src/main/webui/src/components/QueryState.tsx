import { Empty, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';
import { useI18n } from '../lib/i18n/I18nProvider';

/** Loading, error and empty states of one read; the content only when there is data. */
export function QueryState<T>({ query, children, isEmpty, rows = 3 }: {
  query: UseQueryResult<T, unknown>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  rows?: number;
}) {
  const { t } = useI18n();
  if (query.isPending) return <Skeleton active paragraph={{ rows }} aria-busy="true" aria-label={t('app.loading')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty description={t('app.empty')} />;
  return <>{children(query.data)}</>;
}
