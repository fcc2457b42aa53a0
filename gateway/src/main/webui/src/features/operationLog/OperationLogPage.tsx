import { Alert, Button, Card, DatePicker, Input, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { apiQuery } from '../../lib/listState';
import { useListPage } from '../../lib/useListPage';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable } from '../../components/ServerTable';
import type { MessageKey } from '../../lib/i18n/messages';
import { OUTCOMES, SERVICES, exportUrl, outcomeOf, useOperationLog, type OperationEntry } from './api';

const OUTCOME_COLOR: Record<string, string> = { SUCCEEDED: 'green', REFUSED: 'orange', FAILED: 'red' };

/**
 * The operation log (操作日志) across the four services, newest first, with filters and a CSV export: the committee's
 * of its district, or a branch secretary's of its own organization (what its people did and what was done to it;
 * the API keeps the scope).
 */
export default function OperationLogPage({ scope = 'district' }: { scope?: 'district' | 'organization' }) {
  const { t, dateTime } = useI18n();
  const listPage = useListPage();
  const { state, filter } = listPage;
  const { sort: _sort, ...query } = apiQuery(state);
  const list = useOperationLog(query);
  const columns: TableProps<OperationEntry>['columns'] = [
    { title: t('oplog.occurredAt'), dataIndex: 'occurredAt', render: (v: string) => dateTime(v) },
    { title: t('oplog.service'), dataIndex: 'service', render: (v: string) => t(`oplog.service.${v.replace('-service', '')}` as MessageKey) },
    { title: t('oplog.actor'), dataIndex: ['actor', 'name'], render: (v: string | null) => v ?? '—' },
    { title: t('oplog.role'), dataIndex: 'role', responsive: ['md'], render: (v: string | null) => (v ? t(`oplog.role.${v}` as MessageKey) : '—') },
    { title: t('oplog.action'), dataIndex: 'action', render: (v: string) => <code>{v}</code> },
    { title: t('oplog.target'), dataIndex: 'target', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    {
      title: t('oplog.outcome'), dataIndex: 'outcome',
      render: (v: number) => <Tag color={OUTCOME_COLOR[outcomeOf(v)]}>{t(`oplog.outcome.${outcomeOf(v)}` as MessageKey)} {v}</Tag>,
    },
  ];
  const { from, to } = state.filters;
  return (
    <>
      <PageHeader title={t(scope === 'organization' ? 'oplog.title.organization' : 'oplog.title')} extra={
        <Button icon={<DownloadOutlined />} href={exportUrl(state.filters)}>{t('oplog.export')}</Button>
      } />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <DatePicker.RangePicker aria-label={t('oplog.period')}
            value={from && to ? [dayjs(from), dayjs(to)] : null}
            onChange={(range) => {
              const next = { ...state.filters, from: range?.[0]?.format('YYYY-MM-DD') ?? '', to: range?.[1]?.format('YYYY-MM-DD') ?? '' };
              listPage.go({ filters: next, page: 1 });
            }} />
          <Input.Search aria-label={t('oplog.actor')} placeholder={t('oplog.actor')} allowClear style={{ width: 160 }}
            defaultValue={state.filters.actor} onSearch={(v) => filter('actor', v.trim() || undefined)} />
          <Input.Search aria-label={t('oplog.action')} placeholder={t('oplog.action')} allowClear style={{ width: 200 }}
            defaultValue={state.filters.action} onSearch={(v) => filter('action', v.trim() || undefined)} />
          <Input.Search aria-label={t('oplog.target')} placeholder={t('oplog.target')} allowClear style={{ width: 300 }}
            defaultValue={state.filters.target} onSearch={(v) => filter('target', v.trim() || undefined)} />
          <FilterSelect label={t('oplog.outcome')} value={state.filters.outcome} values={OUTCOMES}
            text={(v) => t(`oplog.outcome.${v}` as MessageKey)} onChange={(v) => filter('outcome', v)} />
          <FilterSelect label={t('oplog.service')} value={state.filters.service} values={SERVICES} width={150}
            text={(v) => t(`oplog.service.${v}` as MessageKey)} onChange={(v) => filter('service', v)} />
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.data && list.data.unavailable.length > 0
        ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('oplog.unavailable', { services: list.data.unavailable.join(', ') })} />
        : null}
      <Card>
        <ServerTable<OperationEntry> list={list} page={listPage} columns={columns} />
      </Card>
    </>
  );
}
