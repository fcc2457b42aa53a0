import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import type { MessageKey } from '../../lib/i18n/messages';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMyDemands, useMyPairings } from './api';
import { DemandModal } from './DemandModal';
import { canRaiseDemand } from './logic';

/** The demands of the caller's pairings, newest first; the partner side raises new ones here. */
export default function MyDemandsPage() {
  const { t, label, date } = useI18n();
  const { me } = useSession();
  const demands = useMyDemands();
  const pairings = useMyPairings();
  const raisable = (pairings.data?.items ?? []).filter((p) => canRaiseDemand(p, me.organizationId, me.roles));
  const [raising, setRaising] = useState(false);
  return (
    <>
      <PageHeader title={t('nav.myDemands')} extra={raisable.length > 0
        ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="raise-demand">{t('demand.raise')}</Button> : null} />
      <QueryState query={demands} rows={4}>
        {(page) => page.items.length === 0 ? <Empty description={t('app.empty')} /> : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {page.items.map((d) => (
              <Link key={d.id} to={`/my/demands/${d.id}`} data-testid="my-demand">
                <Card size="small" hoverable>
                  <Space direction="vertical" size={2}>
                    <Typography.Text strong>{d.title}</Typography.Text>
                    <Space wrap size={4}>
                      <Tag>{label('demandStatus', d.status)}</Tag>
                      <Tag>{t(`demand.category.${d.category}` as MessageKey) === `demand.category.${d.category}` ? d.category : t(`demand.category.${d.category}` as MessageKey)}</Tag>
                      {d.dueOn ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('demand.dueOn')}: {date(d.dueOn)}</Typography.Text> : null}
                      {d.overdue ? <Tag color="red">{t('demand.overdue')}</Tag> : null}
                    </Space>
                  </Space>
                </Card>
              </Link>
            ))}
          </Space>
        )}
      </QueryState>
      {raising ? <DemandModal pairings={raisable} open={raising} onClose={() => setRaising(false)} /> : null}
    </>
  );
}
