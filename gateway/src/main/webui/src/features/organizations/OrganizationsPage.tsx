import { Button, Input, Select, Space, Table, Tag, Card } from 'antd';
import { PlusOutlined, UploadOutlined, DownloadOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { useSearchParams, Link } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { apiQuery, orderOf, readListState, sortOf, writeListState, type ListState } from '../../lib/listState';
import { downloadUrl } from '../../lib/api/client';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { KINDS, SECTORS, useOrganizations, type Organization } from './api';
import { OrganizationDrawer } from './OrganizationDrawer';
import { OrganizationForm } from './OrganizationForm';

export default function OrganizationsPage() {
  const { t, label, date } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const state = readListState(params, { sort: 'name,asc' });
  const { id: openId, ...filters } = state.filters;
  const query = apiQuery({ ...state, filters });
  const list = useOrganizations(query);
  const [editing, setEditing] = useState<'new' | null>(null);
  const [search, setSearch] = useState(filters.q ?? '');

  const go = (next: Partial<ListState>) => setParams(writeListState({ ...state, ...next }));
  const filter = (key: string, value: string | undefined) => {
    const f = { ...state.filters, [key]: value ?? '' };
    go({ filters: f, page: 1 });
  };
  const open = (id: string | undefined) => filter('id', id);

  const columns: TableProps<Organization>['columns'] = [
    {
      title: t('org.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: orderOf(state.sort, 'name'),
      render: (name: string, o) => <a onClick={() => open(o.id)} data-testid="org-name">{name}</a>,
    },
    { title: t('org.kind'), dataIndex: 'kind', key: 'kind', render: (v: string) => label('kind', v) },
    { title: t('org.sector'), dataIndex: 'sector', key: 'sector', render: (v: string) => label('sector', v) },
    { title: t('org.hostUnit'), key: 'hostUnit', responsive: ['lg'], render: (_, o) => o.hostUnit?.name },
    { title: t('org.secretary'), key: 'secretary', responsive: ['md'], render: (_, o) => o.secretary?.name },
    {
      title: t('org.members'), key: 'members', sorter: true, sortOrder: orderOf(state.sort, 'members'), responsive: ['md'],
      render: (_, o) => (o.members ? `${o.members.full ?? 0} / ${o.members.probationary ?? 0}` : ''),
    },
    {
      title: t('org.foundedOn'), dataIndex: 'foundedOn', key: 'foundedOn', sorter: true, responsive: ['lg'],
      sortOrder: orderOf(state.sort, 'foundedOn'), render: (v: string) => date(v),
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
          {session.canEdit ? <Link to="/organizations/import"><Button icon={<UploadOutlined />}>{t('org.import')}</Button></Link> : null}
          <Button icon={<DownloadOutlined />} href={downloadUrl('/api/organizations/export', { ...exportQuery, format: 'xlsx' })}>{t('org.export')}</Button>
        </>}
      />
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
          <Select aria-label={t('org.sector')} placeholder={t('org.sector')} allowClear style={{ width: 150 }} value={filters.sector}
            onChange={(v) => filter('sector', v)} options={SECTORS.map((s) => ({ value: s, label: label('sector', s) }))} />
          <Select aria-label={t('org.kind')} placeholder={t('org.kind')} allowClear style={{ width: 130 }} value={filters.kind}
            onChange={(v) => filter('kind', v)} options={KINDS.map((s) => ({ value: s, label: label('kind', s) }))} />
          <Select aria-label={t('org.status')} placeholder={t('org.status')} allowClear style={{ width: 120 }} value={filters.status}
            onChange={(v) => filter('status', v)} options={['ACTIVE', 'DISSOLVED'].map((s) => ({ value: s, label: label('orgStatus', s) }))} />
          <Button onClick={() => { setSearch(''); setParams(new URLSearchParams()); }}>{t('app.reset')}</Button>
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <Table<Organization>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: state.page, pageSize: state.size, total: list.data?.total, showSizeChanger: true,
            showTotal: (total) => t('app.total', { total }),
          }}
          onChange={(p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            go({ page: p.current ?? 1, size: p.pageSize ?? 20, sort: sortOf(s.columnKey as string, s.order) ?? 'name,asc' });
          }}
        />
      </Card>
      <OrganizationDrawer id={openId} onClose={() => open(undefined)} onOpen={open} />
      {editing ? <OrganizationForm onClose={() => setEditing(null)} onSaved={(o) => { setEditing(null); open(o.id); }} /> : null}
    </>
  );
}
