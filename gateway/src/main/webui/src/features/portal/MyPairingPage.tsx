import { Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import type { MessageKey } from '../../lib/i18n/messages';
import { PageHeader } from '../../components/PageHeader';
import { useMyActivities, useMyDemands, useMyPairing, type PortalActivity } from './api';
import { CadenceStanding } from './CadenceStanding';
import { DemandModal } from './DemandModal';
import { canRaiseDemand, canSchedule } from './logic';
import { useOrgLabel } from './orgLabel';
import { PortalQuery } from './PortalQuery';
import { ScheduleModal } from './ScheduleModal';

/** One pairing of the caller's organization: its members, this period's standing, its activities and demands. */
export default function MyPairingPage() {
  const { id = '' } = useParams();
  const { t, label, date } = useI18n();
  const { me } = useSession();
  const read = useMyPairing(id);
  const orgLabel = useOrgLabel();
  const [scheduling, setScheduling] = useState(false);
  const [raising, setRaising] = useState(false);
  return (
    <PortalQuery query={read} rows={6}>
      {({ data: p }) => (
        <>
          <PageHeader title={p.title} extra={(
            <>
              {canSchedule(p, me.organizationId, me.roles)
                ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)} data-testid="schedule">{t('schedule.title')}</Button> : null}
              {canRaiseDemand(p, me.organizationId, me.roles)
                ? <Button icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="raise-demand">{t('demand.raise')}</Button> : null}
            </>
          )} />
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            <Card size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('pairing.status')}><Tag data-testid="pairing-status">{label('pairingStatus', p.status)}</Tag></Descriptions.Item>
                <Descriptions.Item label={t('pairing.lead')}>{orgLabel(p.leadId, p)}</Descriptions.Item>
                <Descriptions.Item label={t('pairing.partners')}>{p.partnerIds.map((o) => orgLabel(o, p)).join('、')}</Descriptions.Item>
                <Descriptions.Item label={t('pairing.term')}>{date(p.term.start)} – {date(p.term.end)}</Descriptions.Item>
                {p.plaqueNo ? <Descriptions.Item label={t('pairing.plaque')}>{p.plaqueNo}</Descriptions.Item> : null}
                <Descriptions.Item label={t('pairing.cadence')}>
                  {t('pairing.cadenceText', { count: p.agreement.cadence.count, period: label('period', p.agreement.cadence.period) })}
                </Descriptions.Item>
              </Descriptions>
              <CadenceStanding pairingId={p.id} active={p.status === 'ACTIVE'} />
            </Card>
            <PairingActivities pairingId={p.id} />
            <PairingDemands pairingId={p.id} />
          </Space>
          {scheduling ? <ScheduleModal pairing={p} open={scheduling} onClose={() => setScheduling(false)} /> : null}
          {raising ? <DemandModal pairings={[p]} open={raising} onClose={() => setRaising(false)} /> : null}
        </>
      )}
    </PortalQuery>
  );
}

function PairingActivities({ pairingId }: { pairingId: string }) {
  const { t } = useI18n();
  const list = useMyActivities({ pairingId, sort: 'startsAt,desc' });
  const items = list.data?.items ?? [];
  const now = Date.now();
  const upcoming = items.filter((a) => a.status === 'PLANNED' && new Date(a.endsAt).getTime() >= now).reverse();
  const past = items.filter((a) => !upcoming.includes(a));
  return (
    <>
      <Card size="small" title={t('portal.upcoming')} loading={list.isPending}>
        <ActivityList items={upcoming} />
      </Card>
      <Card size="small" title={t('portal.past')} loading={list.isPending}>
        <ActivityList items={past} />
      </Card>
    </>
  );
}

export function ActivityList({ items }: { items: PortalActivity[] }) {
  const { t, label, dateTime } = useI18n();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('app.empty')} />;
  return (
    <List size="small" dataSource={items} rowKey="id" renderItem={(a) => (
      <List.Item data-testid="activity-item">
        <Link to={`/my/activities/${a.id}`} style={{ width: '100%' }}>
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{a.title}</Typography.Text>
            <Space wrap size={4}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dateTime(a.startsAt)}</Typography.Text>
              <Tag>{label('activityType', a.type)}</Tag>
              <Tag color={a.status === 'HELD' ? 'green' : a.status === 'CANCELLED' ? 'default' : 'blue'}>{label('activityStatus', a.status)}</Tag>
              {a.status === 'HELD' ? <Tag color={a.confirmedBy ? 'green' : 'orange'}>{t(a.confirmedBy ? 'confirm.byPartner' : 'confirm.waiting' as MessageKey)}</Tag> : null}
            </Space>
          </Space>
        </Link>
      </List.Item>
    )} />
  );
}

function PairingDemands({ pairingId }: { pairingId: string }) {
  const { t, label, date } = useI18n();
  const list = useMyDemands();
  const items = (list.data?.items ?? []).filter((d) => d.pairingId === pairingId);
  return (
    <Card size="small" title={t('pairing.demands')} loading={list.isPending}>
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('app.empty')} /> : (
        <List size="small" dataSource={items} rowKey="id" renderItem={(d) => (
          <List.Item>
            <Link to={`/my/demands/${d.id}`}>{d.title}</Link>
            <Space size={4}>{d.dueOn ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{date(d.dueOn)}</Typography.Text> : null}<Tag>{label('demandStatus', d.status)}</Tag></Space>
          </List.Item>
        )} />
      )}
    </Card>
  );
}
