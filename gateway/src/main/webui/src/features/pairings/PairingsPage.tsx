import { Button, Card, Input, Space, Tag } from 'antd';
import { PlusOutlined, RocketOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { apiQuery } from '../../lib/listState';
import { useListPage } from '../../lib/useListPage';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable, sortable } from '../../components/ServerTable';
import { useOrganizationNames } from '../organizations/api';
import { PAIRING_STATUSES, PAIRING_TYPES, STATUS_COLOURS, usePairings, type Pairing } from './api';
import { ProposeModal } from './ProposeModal';
import { LaunchModal } from './LaunchModal';

export default function PairingsPage() {
  const { t, label, date } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const listPage = useListPage({ sort: 'createdAt,desc' });
  const { state, filter } = listPage;
  const { propose: proposeFor, ...filters } = state.filters;
  const list = usePairings(apiQuery({ ...state, filters }));
  const names = useOrganizationNames();
  const [selected, setSelected] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  const [launching, setLaunching] = useState(false);
  const [search, setSearch] = useState(filters.q ?? '');
  const name = (id: string) => names.data?.get(id)?.name ?? '…';

  const columns: TableProps<Pairing>['columns'] = [
    {
      title: t('pairing.name'), dataIndex: 'title', ...sortable(state, 'title'),
      render: (title: string, p) => <Link to={`/pairings/${p.id}`}>{title}</Link>,
    },
    { title: t('pairing.type'), dataIndex: 'type', key: 'type', render: (v: string) => label('pairingType', v) },
    { title: t('pairing.lead'), key: 'lead', responsive: ['md'], render: (_, p) => name(p.leadId) },
    { title: t('pairing.partners'), key: 'partners', responsive: ['lg'], render: (_, p) => p.partnerIds.map(name).join('、') },
    {
      title: t('pairing.term'), ...sortable(state, 'termStart'), responsive: ['lg'],
      render: (_, p) => `${date(p.term.start)} – ${date(p.term.end)}`,
    },
    { title: t('pairing.plaque'), dataIndex: 'plaqueNo', ...sortable(state, 'plaqueNo'), responsive: ['md'] },
    {
      title: t('pairing.status'), dataIndex: 'status', ...sortable(state, 'status'),
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
          <FilterSelect label={t('pairing.status')} value={filters.status} values={PAIRING_STATUSES}
            text={(v) => label('pairingStatus', v)} onChange={(v) => filter('status', v)} />
          <FilterSelect label={t('pairing.type')} value={filters.type} values={PAIRING_TYPES}
            text={(v) => label('pairingType', v)} onChange={(v) => filter('type', v)} />
          <Button onClick={() => { setSearch(''); listPage.reset(); }}>{t('app.reset')}</Button>
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <ServerTable<Pairing>
          list={list}
          page={listPage}
          defaultSort="createdAt,desc"
          columns={columns}
          rowSelection={session.canEdit ? {
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (p) => ({ disabled: p.status !== 'PROPOSED', 'aria-label': p.title }),
            preserveSelectedRowKeys: true,
          } : undefined}
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
