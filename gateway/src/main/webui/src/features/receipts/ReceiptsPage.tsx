import { Card, Select, Table, Tag, Empty, Progress, Space } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePairings, useReceipts, type Receipt } from '../pairings/api';
import { useOrganizationNames } from '../organizations/api';

/** Who has and has not acknowledged a pairing's notices; pending first. */
export default function ReceiptsPage() {
  const { t, label, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const pairingId = params.get('pairingId') ?? undefined;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const pairings = usePairings({ size: 200, sort: 'title,asc' });
  const receipts = useReceipts(pairingId, page - 1, 50);
  const names = useOrganizationNames();
  const rows = [...(receipts.data?.items ?? [])].sort((a, b) => (a.status === b.status ? 0 : a.status === 'PENDING' ? -1 : 1));
  const acknowledged = rows.filter((r) => r.status === 'ACKNOWLEDGED').length;
  return (
    <>
      <PageHeader title={t('receipt.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select aria-label={t('receipt.pairing')} placeholder={t('receipt.pairing')} showSearch optionFilterProp="label" style={{ minWidth: 320 }}
            loading={pairings.isPending} value={pairingId}
            onChange={(v) => setParams(new URLSearchParams({ pairingId: v }))}
            options={(pairings.data?.items ?? []).filter((p) => p.status !== 'PROPOSED' && p.status !== 'REJECTED').map((p) => ({ value: p.id, label: p.title }))} />
          {pairingId ? <Link to={`/pairings/${pairingId}`}>{t('app.detail')}</Link> : null}
          {rows.length > 0 ? <Progress type="circle" size={48} percent={Math.round((acknowledged / rows.length) * 100)} /> : null}
        </Space>
      </Card>
      {receipts.isError ? <ProblemAlert error={receipts.error} onRetry={() => receipts.refetch()} /> : null}
      <Card>
        {!pairingId ? <Empty description={t('receipt.pickPairing')} /> : (
          <Table<Receipt> rowKey="noticeId" size="middle" loading={receipts.isFetching} dataSource={rows} scroll={{ x: 'max-content' }}
            pagination={{ current: page, pageSize: 50, total: receipts.data?.total }}
            onChange={(p) => setParams(new URLSearchParams({ pairingId, page: String(p.current ?? 1) }))}
            columns={[
              { title: t('org.name'), dataIndex: 'organizationId', render: (v: string) => names.data?.get(v)?.name ?? '…' },
              { title: t('receipt.recipient'), key: 'r', render: (_, r) => `${r.recipientName ?? ''} ${label('recipientRole', r.recipientRole)}` },
              { title: t('receipt.notice'), dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
              { title: t('receipt.status'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'ACKNOWLEDGED' ? 'green' : 'orange'}>{label('receiptStatus', v)}</Tag> },
              { title: t('receipt.acknowledgedAt'), dataIndex: 'acknowledgedAt', render: (v: string) => dateTime(v) },
            ]} />
        )}
      </Card>
    </>
  );
}
