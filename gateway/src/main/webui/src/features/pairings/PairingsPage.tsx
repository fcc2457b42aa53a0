import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined, RocketOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { apiQuery, orderOf, readListState, sortOf, writeListState, type ListState } from '../../lib/listState';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useOrganizationNames } from '../organizations/api';
import { PAIRING_STATUSES, PAIRING_TYPES, usePairings, type Pairing } from './api';
import { ProposeModal } from './ProposeModal';
import { LaunchModal } from './LaunchModal';

export const STATUS_COLOURS: Record<string, string> = {
  PROPOSED: 'gold', ACTIVE: 'green', SUSPENDED: 'orange', CONCLUDED: 'default', REJECTED: 'red',
};

export default function PairingsPage() {
  const { t, label, date } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = readListState(params, { sort: 'createdAt,desc' });
  const { propose: proposeFor, ...filters } = state.filters;
  const list = usePairings(apiQuery({ ...state, filters }));
  const names = useOrganizationNames();
  const [selected, setSelected] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  const [launching, setLaunching] = useState(false);
  const [search, setSearch] = useState(filters.q ?? '');
  const go = (next: Partial<ListState>) => setParams(writeListState({ ...state, ...next }));
  const filter = (key: string, value: string | undefined) => go({ filters: { ...state.filters, [key]: value ?? '' }, page: 1 });
  const name = (id: string) => names.data?.get(id)?.name ?? '…';

  const columns: TableProps<Pairing>['columns'] = [
    {
      title: t('pairing.name'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: orderOf(state.sort, 'title'),
      render: (title: string, p) => <Link to={`/pairings/${p.id}`}>{title}</Link>,
    },
    { title: t('pairing.type'), dataIndex: 'type', key: 'type', render: (v: string) => label('pairingType', v) },
    { title: t('pairing.lead'), key: 'lead', responsive: ['md'], render: (_, p) => name(p.leadId) },
    { title: t('pairing.partners'), key: 'partners', responsive: ['lg'], render: (_, p) => p.partnerIds.map(name).join('、') },
    {
      title: t('pairing.term'), key: 'termStart', sorter: true, sortOrder: orderOf(state.sort, 'termStart'), responsive: ['lg'],
      render: (_, p) => `${date(p.term.start)} – ${date(p.term.end)}`,
    },
    { title: t('pairing.plaque'), dataIndex: 'plaqueNo', key: 'plaqueNo', sorter: true, sortOrder: orderOf(state.sort, 'plaqueNo'), responsive: ['md'] },
    {
      title: t('pairing.status'), dataIndex: 'status', key: 'status', sorter: true, sortOrder: orderOf(state.sort, 'status'),
      render: (v: string) => <Tag color={STATUS_COLOURS[v]}>{label('pairingStatus', v)}</Tag>,
    },
  ];

  return (
    <>
      <PageHeader title={t('pairing.title')} extra={session.canEdit ? <>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>{t('pairing.propose')}</Button>
        <Button icon={<RocketOutlined />} disabled={selected.length === 0} onClick={() => setLaunching(true)} data-testid="launch">
          {t('pairing.launch')}{selected.length > 0 ? ` (${selected.length})` : ''}
        </Button>
      </> : null} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <Input.Search aria-label={t('pairing.search')} placeholder={t('pairing.search')} allowClear value={search}
            onChange={(e) => setSearch(e.target.value)} onSearch={(v) => filter('q', v.trim())} style={{ width: 240 }} />
          <Select aria-label={t('pairing.status')} placeholder={t('pairing.status')} allowClear style={{ width: 130 }} value={filters.status}
            onChange={(v) => filter('status', v)} options={PAIRING_STATUSES.map((s) => ({ value: s, label: label('pairingStatus', s) }))} />
          <Select aria-label={t('pairing.type')} placeholder={t('pairing.type')} allowClear style={{ width: 130 }} value={filters.type}
            onChange={(v) => filter('type', v)} options={PAIRING_TYPES.map((s) => ({ value: s, label: label('pairingType', s) }))} />
          <Button onClick={() => { setSearch(''); setParams(new URLSearchParams()); }}>{t('app.reset')}</Button>
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <Table<Pairing>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items}
          scroll={{ x: 'max-content' }}
          rowSelection={session.canEdit ? {
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (p) => ({ disabled: p.status !== 'PROPOSED', 'aria-label': p.title }),
            preserveSelectedRowKeys: true,
          } : undefined}
          pagination={{ current: state.page, pageSize: state.size, total: list.data?.total, showSizeChanger: true, showTotal: (total) => t('app.total', { total }) }}
          onChange={(p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            go({ page: p.current ?? 1, size: p.pageSize ?? 20, sort: sortOf(s.columnKey as string, s.order) ?? 'createdAt,desc' });
          }}
        />
      </Card>
      {proposing || proposeFor ? (
        <ProposeModal partnerId={proposeFor} onClose={() => { setProposing(false); filter('propose', undefined); }}
          onProposed={(p) => { setProposing(false); if (proposeFor) navigate(`/pairings/${p.id}`); }} />
      ) : null}
      {launching ? <LaunchModal pairingIds={selected} onClose={() => setLaunching(false)} onLaunched={() => { setLaunching(false); setSelected([]); }} /> : null}
    </>
  );
}
