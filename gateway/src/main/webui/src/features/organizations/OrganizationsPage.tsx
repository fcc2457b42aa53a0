import { Button, Input, Segmented, Space, Tag, Card } from 'antd';
import { PlusOutlined, UploadOutlined, DownloadOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { writeListState } from '../../lib/listState';
import { useListPage } from '../../lib/useListPage';
import { downloadUrl } from '../../lib/api/client';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable, sortable } from '../../components/ServerTable';
import { KINDS, ORGANIZATION_STATUSES, SECTORS, useOrganizations, type Organization } from './api';
import { ORGANIZATIONS_LIST, organizationsQuery } from './requests';
import { OrganizationDrawer } from './OrganizationDrawer';
import { OrganizationForm } from './OrganizationForm';
import { HierarchyTree } from './HierarchyTree';

export default function OrganizationsPage() {
  const { t, label, date } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const listPage = useListPage(ORGANIZATIONS_LIST);
  const { state, filter } = listPage;
  const { id: openId, view, ...filters } = state.filters;
  const tree = view === 'tree';
  const query = organizationsQuery(state);
  const list = useOrganizations(query, !tree);
  const [editing, setEditing] = useState<'new' | null>(null);
  const [search, setSearch] = useState(filters.q ?? '');

  const open = (id: string | undefined) => filter('id', id);

  const columns: TableProps<Organization>['columns'] = [
    {
      title: t('org.name'), dataIndex: 'name', ...sortable(state, 'name'),
      render: (name: string, o) => <Link to={{ search: writeListState({ ...state, filters: { ...state.filters, id: o.id } }).toString() }} data-testid="org-name">{name}</Link>,
    },
    { title: t('org.kind'), dataIndex: 'kind', key: 'kind', render: (v: string) => label('kind', v) },
    { title: t('org.sector'), dataIndex: 'sector', key: 'sector', render: (v: string) => label('sector', v) },
    { title: t('org.hostUnit'), key: 'hostUnit', responsive: ['lg'], render: (_, o) => o.hostUnit?.name },
    { title: t('org.secretary'), key: 'secretary', responsive: ['md'], render: (_, o) => o.secretary?.name },
    {
      title: t('org.members'), ...sortable(state, 'members'), responsive: ['md'],
      render: (_, o) => (o.members ? `${o.members.full ?? 0} / ${o.members.probationary ?? 0}` : ''),
    },
    {
      title: t('org.foundedOn'), dataIndex: 'foundedOn', ...sortable(state, 'foundedOn'), responsive: ['lg'],
      render: (v: string) => date(v),
    },
    {
      title: t('org.status'), dataIndex: 'status', key: 'status',
      render: (v: string) => <Tag color={v === 'ACTIVE' ? 'green' : 'default'}>{label('orgStatus', v)}</Tag>,
    },
  ];

  const exportQuery = { ...filters, sort: state.sort };
  return (
    <>
      <PageHeader
        title={t('org.title')}
        extra={<>
          {session.canEdit ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('org.register')}</Button> : null}
          {session.canEdit ? <Button icon={<UploadOutlined />} onClick={() => navigate('/organizations/import')}>{t('org.import')}</Button> : null}
          <Button icon={<DownloadOutlined />} href={downloadUrl('/api/organizations/export', { ...exportQuery, format: 'xlsx' })}>{t('org.export')}</Button>
        </>}
      />
      <Segmented style={{ marginBottom: 16 }} value={tree ? 'tree' : 'list'} onChange={(v) => filter('view', v === 'tree' ? 'tree' : undefined)}
        options={[{ value: 'list', label: t('org.view.list') }, { value: 'tree', label: t('org.view.tree') }]} />
      {tree ? <Card><HierarchyTree onOpen={open} selected={openId} /></Card> : <>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <Input.Search
            aria-label={t('org.search')}
            placeholder={t('org.search')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => filter('q', v.trim())}
            style={{ width: 240 }}
          />
          <FilterSelect label={t('org.sector')} width={150} value={filters.sector} values={SECTORS}
            text={(v) => label('sector', v)} onChange={(v) => filter('sector', v)} />
          <FilterSelect label={t('org.kind')} value={filters.kind} values={KINDS}
            text={(v) => label('kind', v)} onChange={(v) => filter('kind', v)} />
          <FilterSelect label={t('org.status')} width={120} value={filters.status} values={ORGANIZATION_STATUSES}
            text={(v) => label('orgStatus', v)} onChange={(v) => filter('status', v)} />
          <Button onClick={() => { setSearch(''); listPage.reset(); }}>{t('app.reset')}</Button>
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <ServerTable<Organization> list={list} page={listPage} defaultSort="name,asc" columns={columns} />
      </Card>
      </>}
      <OrganizationDrawer id={openId} onClose={() => open(undefined)} onOpen={open} />
      {editing ? <OrganizationForm onClose={() => setEditing(null)} onSaved={(o) => { setEditing(null); open(o.id); }} /> : null}
    </>
  );
}
