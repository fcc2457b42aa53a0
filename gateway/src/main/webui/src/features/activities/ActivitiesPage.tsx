import { Badge, Calendar, Card, Space, Segmented } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { apiQuery } from '../../lib/listState';
import { useListPage } from '../../lib/useListPage';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable, sortable } from '../../components/ServerTable';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, useActivities, type Activity } from './api';
import { ConfirmationTag } from './ConfirmationTag';

const STATUS_BADGE: Record<string, 'processing' | 'success' | 'default'> = { PLANNED: 'processing', HELD: 'success', CANCELLED: 'default' };

export default function ActivitiesPage() {
  const { t, label, dateTime } = useI18n();
  const listPage = useListPage({ sort: 'startsAt,desc' });
  const { state, filter } = listPage;
  const { view = 'list', month = dayjs().format('YYYY-MM'), ...filters } = state.filters;
  const shown = dayjs(`${month}-01`);
  const calendarQuery = {
    ...filters, from: shown.startOf('month').format('YYYY-MM-DD'), to: shown.endOf('month').format('YYYY-MM-DD'), size: 200, sort: 'startsAt,asc',
  };
  const list = useActivities(view === 'calendar' ? calendarQuery : apiQuery({ ...state, filters }));

  const columns: TableProps<Activity>['columns'] = [
    { title: t('activity.name'), dataIndex: 'title', ...sortable(state, 'title'), render: (v: string, a) => <Link to={`/activities/${a.id}`}>{v}</Link> },
    { title: t('activity.type'), dataIndex: 'type', ...sortable(state, 'type'), render: (v: string) => label('activityType', v) },
    { title: t('activity.startsAt'), dataIndex: 'startsAt', ...sortable(state, 'startsAt'), render: (v: string) => dateTime(v) },
    { title: t('activity.location'), dataIndex: 'location', key: 'location', responsive: ['md'] },
    { title: t('activity.status'), dataIndex: 'status', key: 'status', render: (v: string, a) => <Space><Badge status={STATUS_BADGE[v]} text={label('activityStatus', v)} /><ConfirmationTag activity={a} /></Space> },
  ];

  const byDay = (d: Dayjs) => (list.data?.items ?? []).filter((a) => dayjs(a.startsAt).isSame(d, 'day'));
  return (
    <>
      <PageHeader title={t('activity.title')} extra={
        <Segmented value={view} onChange={(v) => filter('view', v === 'list' ? undefined : String(v))}
          options={[{ value: 'list', label: t('activity.list') }, { value: 'calendar', label: t('activity.calendar') }]} />
      } />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <FilterSelect label={t('activity.type')} width={150} value={filters.type} values={ACTIVITY_TYPES}
            text={(v) => label('activityType', v)} onChange={(v) => filter('type', v)} />
          <FilterSelect label={t('activity.status')} value={filters.status} values={ACTIVITY_STATUSES}
            text={(v) => label('activityStatus', v)} onChange={(v) => filter('status', v)} />
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        {view === 'calendar' ? (
          <Calendar value={shown} onPanelChange={(d) => filter('month', d.format('YYYY-MM'))}
            cellRender={(d, info) => info.type === 'date' ? (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {byDay(d).map((a) => <li key={a.id}><Link to={`/activities/${a.id}`}><Badge status={STATUS_BADGE[a.status]} text={a.title} /></Link></li>)}
              </ul>
            ) : info.originNode} />
        ) : (
          <ServerTable<Activity> list={list} page={listPage} defaultSort="startsAt,desc" columns={columns} />
        )}
      </Card>
    </>
  );
}
