import { Card, Empty, Space, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMyPairings } from './api';
import { CadenceStanding } from './CadenceStanding';
import { useOrgLabel } from './orgLabel';

/** The pairings of the caller's organization, each with this period's standing and what is due. */
export default function MyPairingsPage() {
  const { t, label, date } = useI18n();
  const pairings = useMyPairings();
  const orgLabel = useOrgLabel();
  return (
    <>
      <PageHeader title={t('nav.myPairings')} />
      <QueryState query={pairings} rows={4}>
        {(page) => page.items.length === 0 ? <Empty description={t('app.empty')} /> : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {page.items.map((p) => (
              <Link key={p.id} to={`/my/pairings/${p.id}`} data-testid="my-pairing">
                <Card size="small" hoverable>
                  <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                    <Space direction="vertical" size={4}>
                      <Typography.Text strong>{p.title}</Typography.Text>
                      <Space wrap size={4}>
                        <Tag color={p.status === 'ACTIVE' ? 'green' : undefined}>{label('pairingStatus', p.status)}</Tag>
                        <Tag>{label('pairingType', p.type)}</Tag>
                      </Space>
                      <Typography.Text style={{ fontSize: 12 }} data-testid="my-pairing-members">
                        {[p.leadId, ...p.partnerIds].map((o) => orgLabel(o, p)).join('、')}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('pairing.term')}: {date(p.term.start)} – {date(p.term.end)}</Typography.Text>
                      <CadenceStanding pairingId={p.id} active={p.status === 'ACTIVE'} />
                    </Space>
                    <RightOutlined />
                  </Space>
                </Card>
              </Link>
            ))}
          </Space>
        )}
      </QueryState>
    </>
  );
}
