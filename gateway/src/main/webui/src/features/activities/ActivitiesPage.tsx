import { Badge, Calendar, Card, Select, Space, Table, Segmented } from 'antd';
import type { TableProps } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { apiQuery, orderOf, readListState, sortOf, writeListState, type ListState } from '../../lib/listState';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, useActivities, type Activity } from './api';
import { ConfirmationTag } from './ConfirmationTag';

const STATUS_BADGE: Record<string, 'processing' | 'success' | 'default'> = { PLANNED: 'processing', HELD: 'success', CANCELLED: 'default' };

export default function ActivitiesPage() {
  const { t, label, dateTime } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = readListState(params, { sort: 'startsAt,desc' });
  const { view = 'list', month = dayjs().format('YYYY-MM'), ...filters } = state.filters;
  const go = (next: Partial<ListState>) => setParams(writeListState({ ...state, ...next }));
  const filter = (key: string, value: string | undefined) => go({ filters: { ...state.filters, [key]: value ?? '' }, page: 1 });
  const shown = dayjs(`${month}-01`);
  const calendarQuery = {
    ...filters, from: shown.startOf('month').format('YYYY-MM-DD'), to: shown.endOf('month').format('YYYY-MM-DD'), size: 200, sort: 'startsAt,asc',
  };
  const list = useActivities(view === 'calendar' ? calendarQuery : apiQuery({ ...state, filters }));

  const columns: TableProps<Activity>['columns'] = [
    { title: t('activity.name'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: orderOf(state.sort, 'title'), render: (v: string, a) => <Link to={`/activities/${a.id}`}>{v}</Link> },
    { title: t('activity.type'), dataIndex: 'type', key: 'type', sorter: true, sortOrder: orderOf(state.sort, 'type'), render: (v: string) => label('activityType', v) },
    { title: t('activity.startsAt'), dataIndex: 'startsAt', key: 'startsAt', sorter: true, sortOrder: orderOf(state.sort, 'startsAt'), render: (v: string) => dateTime(v) },
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
          <Select aria-label={t('activity.type')} placeholder={t('activity.type')} allowClear style={{ width: 150 }} value={filters.type}
            onChange={(v) => filter('type', v)} options={ACTIVITY_TYPES.map((s) => ({ value: s, label: label('activityType', s) }))} />
          <Select aria-label={t('activity.status')} placeholder={t('activity.status')} allowClear style={{ width: 130 }} value={filters.status}
            onChange={(v) => filter('status', v)} options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: label('activityStatus', s) }))} />
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        {view === 'calendar' ? (
          <Calendar value={shown} onPanelChange={(d) => filter('month', d.format('YYYY-MM'))}
            cellRender={(d, info) => info.type === 'date' ? (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {byDay(d).map((a) => <li key={a.id}><a onClick={() => navigate(`/activities/${a.id}`)}><Badge status={STATUS_BADGE[a.status]} text={a.title} /></a></li>)}
              </ul>
            ) : info.originNode} />
        ) : (
          <Table<Activity> rowKey="id" size="middle" loading={list.isFetching} columns={columns} dataSource={list.data?.items} scroll={{ x: 'max-content' }}
            pagination={{ current: state.page, pageSize: state.size, total: list.data?.total, showSizeChanger: true, showTotal: (total) => t('app.total', { total }) }}
            onChange={(p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              go({ page: p.current ?? 1, size: p.pageSize ?? 20, sort: sortOf(s.columnKey as string, s.order) ?? 'startsAt,desc' });
            }} />
        )}
      </Card>
    </>
  );
}
