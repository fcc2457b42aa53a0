import { Card, Segmented, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { apiQuery } from '../../lib/listState';
import { useListPage } from '../../lib/useListPage';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServerTable, sortable } from '../../components/ServerTable';
import { useDistrictReceipts, usePairings, type Receipt } from '../pairings/api';
import { useOrganizationNames } from '../organizations/api';
import { RECEIPT_VIEWS, receiptFilters, receiptView } from './receiptQuery';

/** Who has not acknowledged which pairing notice, district-wide or for one pairing; the overdue ones first. */
export default function ReceiptsPage() {
  const { t, label, dateTime } = useI18n();
  const listPage = useListPage({ sort: 'createdAt,asc' });
  const { state, filter } = listPage;
  const { show, pairingId, ...rest } = state.filters;
  const view = receiptView(show);
  const list = useDistrictReceipts(apiQuery({ ...state, filters: { ...rest, ...(pairingId ? { pairingId } : {}), ...receiptFilters(view) } }));
  const pairings = usePairings({ size: 200, sort: 'title,asc' });
  const names = useOrganizationNames();
  const titles = new Map((pairings.data?.items ?? []).map((p) => [p.id, p.title]));
  const columns: TableProps<Receipt>['columns'] = [
    { title: t('receipt.organization'), dataIndex: 'organizationId', render: (v: string) => names.data?.get(v)?.name ?? '…' },
    { title: t('receipt.recipient'), key: 'r', ...sortable(state, 'recipientName'), render: (_, r) => `${r.recipientName ?? ''} ${label('recipientRole', r.recipientRole)}` },
    { title: t('receipt.notice'), dataIndex: 'title', responsive: ['md'] },
    {
      title: t('receipt.pairingName'), dataIndex: 'pairingId', responsive: ['lg'],
      render: (v?: string) => (v ? <Link to={`/pairings/${v}`}>{titles.get(v) ?? t('app.detail')}</Link> : null),
    },
    { title: t('receipt.sentAt'), dataIndex: 'createdAt', ...sortable(state, 'createdAt'), render: (v: string) => dateTime(v) },
    {
      title: t('receipt.status'), dataIndex: 'status',
      render: (v: string, r) => (
        <Space size={4}>
          <Tag color={v === 'ACKNOWLEDGED' ? 'green' : 'orange'}>{label('receiptStatus', v)}</Tag>
          {r.overdue ? <Tag color="red" data-testid="receipt-overdue">{t('receipt.overdue')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('receipt.acknowledgedAt'), dataIndex: 'acknowledgedAt', ...sortable(state, 'acknowledgedAt'), render: (v: string) => dateTime(v) },
  ];
  return (
    <>
      <PageHeader title={t('receipt.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap role="search">
          <Segmented value={view} onChange={(v) => filter('show', v === 'pending' ? undefined : String(v))}
            options={RECEIPT_VIEWS.map((v) => ({ value: v, label: t(`receipt.filter.${v}`) }))} />
          <Select aria-label={t('receipt.pairing')} placeholder={t('receipt.allPairings')} allowClear showSearch optionFilterProp="label"
            style={{ minWidth: 280, maxWidth: '100%' }} loading={pairings.isPending} value={pairingId}
            onChange={(v) => filter('pairingId', v)}
            options={(pairings.data?.items ?? []).filter((p) => p.status !== 'PROPOSED' && p.status !== 'REJECTED').map((p) => ({ value: p.id, label: p.title }))} />
        </Space>
      </Card>
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <div data-testid="receipts-list"><ServerTable<Receipt> rowKey="noticeId" list={list} page={listPage} defaultSort="createdAt,asc" columns={columns} /></div>
      </Card>
    </>
  );
}
