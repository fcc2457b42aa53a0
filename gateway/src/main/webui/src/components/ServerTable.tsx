import { Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Page } from '../lib/api/client';
import { useI18n } from '../lib/i18n/I18nProvider';
import { orderOf, sortOf, type ListState } from '../lib/listState';
import type { ListPage } from '../lib/useListPage';

interface ServerTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange'> {
  list: { data?: Page<T>; isFetching: boolean };
  page: ListPage;
  /** The sort to return to when the user clears a column's sort. */
  defaultSort?: string;
}

/** A table whose rows, page and sort come from the API: a change of page or sort is a change of the URL. */
export function ServerTable<T extends object>({ list, page, defaultSort, ...table }: ServerTableProps<T>) {
  const { t } = useI18n();
  const { state, go } = page;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      {...table}
      loading={list.isFetching}
      dataSource={list.data?.items}
      pagination={{
        current: state.page, pageSize: state.size, total: list.data?.total, showSizeChanger: true,
        showTotal: (total) => t('app.total', { total }),
      }}
      onChange={(p, _filters, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        go({ page: p.current ?? 1, size: p.pageSize ?? state.size, sort: sortOf(s?.columnKey as string | undefined, s?.order) ?? defaultSort });
      }}
    />
  );
}

/** What a column the API can sort by needs: its key is the API's sort field. */
export function sortable<T>(state: ListState, key: string): Pick<ColumnType<T>, 'key' | 'sorter' | 'sortOrder'> {
  return { key, sorter: true, sortOrder: orderOf(state.sort, key) };
}
