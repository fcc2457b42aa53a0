import { Card, Checkbox, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { apiQuery } from '../../lib/listState';
import { useListPage } from '../../lib/useListPage';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable, sortable } from '../../components/ServerTable';
import { useDemands, type Demand } from '../pairings/api';
import { useOrganizationNames } from '../organizations/api';

const STATUSES = ['OPEN', 'ACCEPTED', 'RESOLVED', 'REJECTED'];

/** The district's demands, the earliest due first (so the overdue ones lead). */
export default function DemandsPage() {
  const { t, label, date } = useI18n();
  const listPage = useListPage({ sort: 'dueOn,asc' });
  const { state, filter } = listPage;
  const list = useDemands(apiQuery(state));
  const names = useOrganizationNames();
  const columns: TableProps<Demand>['columns'] = [
    { title: t('demand.name'), dataIndex: 'title', render: (v: string, d) => <Link to={`/pairings/${d.pairingId}`}>{v}</Link> },
    { title: t('demand.category'), dataIndex: 'category' },
    { title: t('pairing.partners'), dataIndex: 'raisedBy', responsive: ['md'], render: (v: string) => names.data?.get(v)?.name ?? '…' },
    { title: t('demand.dueOn'), dataIndex: 'dueOn', ...sortable(state, 'dueOn'), render: (v: string, d) => <Space>{date(v)}{d.overdue ? <Tag color="red">{t('demand.overdue')}</Tag> : null}</Space> },
    { title: t('demand.status'), dataIndex: 'status', render: (v: string) => <Tag>{label('demandStatus', v)}</Tag> },
  ];
  return (
    <>
      <PageHeader title={t('demand.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <FilterSelect label={t('demand.status')} value={state.filters.status} values={STATUSES}
            text={(v) => label('demandStatus', v)} onChange={(v) => filter('status', v)} />
          <Checkbox checked={state.filters.overdue === 'true'} onChange={(e) => filter('overdue', e.target.checked ? 'true' : undefined)}>{t('demand.overdueOnly')}</Checkbox>
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <ServerTable<Demand> list={list} page={listPage} defaultSort="dueOn,asc" columns={columns} />
      </Card>
    </>
  );
}
