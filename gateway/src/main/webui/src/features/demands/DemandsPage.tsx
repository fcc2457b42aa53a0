import { Card, Checkbox, Select, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { apiQuery, readListState, writeListState, type ListState } from '../../lib/listState';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDemands, type Demand } from '../pairings/api';
import { useOrganizationNames } from '../organizations/api';

const STATUSES = ['OPEN', 'ACCEPTED', 'RESOLVED', 'REJECTED'];

/** The district's demands, overdue first. */
export default function DemandsPage() {
  const { t, label, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const list = useDemands(apiQuery(state));
  const names = useOrganizationNames();
  const go = (next: Partial<ListState>) => setParams(writeListState({ ...state, ...next }));
  const filter = (key: string, value: string | undefined) => go({ filters: { ...state.filters, [key]: value ?? '' }, page: 1 });
  const rows = [...(list.data?.items ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const columns: TableProps<Demand>['columns'] = [
    { title: t('demand.name'), dataIndex: 'title', render: (v: string, d) => <Link to={`/pairings/${d.pairingId}`}>{v}</Link> },
    { title: t('demand.category'), dataIndex: 'category' },
    { title: t('pairing.partners'), dataIndex: 'raisedBy', responsive: ['md'], render: (v: string) => names.data?.get(v)?.name ?? '…' },
    { title: t('demand.dueOn'), dataIndex: 'dueOn', render: (v: string, d) => <Space>{date(v)}{d.overdue ? <Tag color="red">{t('demand.overdue')}</Tag> : null}</Space> },
    { title: t('demand.status'), dataIndex: 'status', render: (v: string) => <Tag>{label('demandStatus', v)}</Tag> },
  ];
  return (
    <>
      <PageHeader title={t('demand.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <Select aria-label={t('demand.status')} placeholder={t('demand.status')} allowClear style={{ width: 130 }} value={state.filters.status}
            onChange={(v) => filter('status', v)} options={STATUSES.map((s) => ({ value: s, label: label('demandStatus', s) }))} />
          <Checkbox checked={state.filters.overdue === 'true'} onChange={(e) => filter('overdue', e.target.checked ? 'true' : undefined)}>{t('demand.overdueOnly')}</Checkbox>
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <Table<Demand> rowKey="id" size="middle" loading={list.isFetching} columns={columns} dataSource={rows} scroll={{ x: 'max-content' }}
          pagination={{ current: state.page, pageSize: state.size, total: list.data?.total, showTotal: (total) => t('app.total', { total }) }}
          onChange={(p) => go({ page: p.current ?? 1, size: p.pageSize ?? 20 })} />
      </Card>
    </>
  );
}
