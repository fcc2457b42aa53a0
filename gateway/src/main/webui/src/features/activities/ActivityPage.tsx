import { Button, Card, Col, Descriptions, Image, Row, Space, Table, Tag, Empty, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useOrganizationNames } from '../organizations/api';
import { itemsOf, useActivity, usePhotos } from './api';
import { ConfirmationTag } from './ConfirmationTag';
import { CorrectionDialog, DisputeDialog } from './CommitteeDecisions';
import { ActivityHistory } from './ActivityHistory';

export default function ActivityPage() {
  const { id = '' } = useParams();
  const { t, label, dateTime, number } = useI18n();
  const session = useSession();
  const read = useActivity(id);
  const photos = usePhotos(id);
  const names = useOrganizationNames();
  const [acting, setActing] = useState<'correct' | 'dispute' | null>(null);
  const name = (orgId: string) => names.data?.get(orgId)?.name ?? '…';
  const a = read.data?.data;
  const undecided = !!a?.dispute && !a.dispute.outcome;
  return (
    <>
      <PageHeader title={a?.title ?? t('activity.title')}
        extra={a && session.canEdit && a.status === 'HELD' ? <>
          {undecided ? <Button type="primary" onClick={() => setActing('dispute')} data-testid="resolve-dispute">{t('activity.resolve')}</Button> : null}
          <Button onClick={() => setActing('correct')} data-testid="correct">{t('activity.correct')}</Button>
        </> : null} />
      <QueryState query={read} rows={6}>
        {({ data: a }) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('app.detail')}>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('activity.type')}>{label('activityType', a.type)}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.status')}>
                    <Space wrap><Tag>{label('activityStatus', a.status)}</Tag><ConfirmationTag activity={a} /></Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('activity.startsAt')}>{dateTime(a.startsAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.endsAt')}>{dateTime(a.endsAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.location')}>{a.location}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.title')}><Link to={`/pairings/${a.pairingId}`}>{t('app.detail')}</Link></Descriptions.Item>
                  <Descriptions.Item label={t('pairing.members')}>{a.participantIds.map(name).join('、')}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.summary')}><span data-testid="activity-summary">{a.summary}</span></Descriptions.Item>
                  {a.outcomes ? <Descriptions.Item label={t('activity.outcomes')}>{a.outcomes}</Descriptions.Item> : null}
                  {a.dispute ? (
                    <Descriptions.Item label={t('activity.dispute')}>
                      <div data-testid="dispute">
                        <Typography.Text>{name(a.dispute.raisedBy)} · {dateTime(a.dispute.raisedAt)}：{a.dispute.reason}</Typography.Text>
                        {a.dispute.outcome ? (
                          <div><Tag color={a.dispute.outcome === 'UPHELD' ? 'red' : 'green'}>{label('disputeOutcome', a.dispute.outcome)}</Tag>{a.dispute.resolution}</div>
                        ) : null}
                      </div>
                    </Descriptions.Item>
                  ) : null}
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('activity.attendance')} style={{ marginBottom: 16 }}>
                <div data-testid="attendance"><Table size="small" rowKey="organizationId" pagination={false} dataSource={a.attendance ?? []} scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('org.name'), key: 'o', render: (_, r) => name(r.organizationId) },
                    { title: t('org.members.full'), dataIndex: 'full', render: (v: number) => number(v) },
                    { title: t('org.members.probationary'), dataIndex: 'probationary', render: (v: number) => number(v) },
                    { title: t('activity.others'), dataIndex: 'others', render: (v: number) => number(v) },
                  ]} /></div>
              </Card>
              <Card title={t('activity.photos')}>
                <QueryState query={photos}>
                  {(answer) => itemsOf(answer).length === 0 ? <Empty description={t('app.empty')} /> : (
                    <Image.PreviewGroup>
                      <Space wrap>
                        {itemsOf(answer).map((p) => (
                          <Image key={p.id} width={120} alt={p.fileName ?? a.title}
                            src={`/api/activities/${a.id}/photos/${p.id}/thumbnail`} preview={{ src: `/api/activities/${a.id}/photos/${p.id}` }} />
                        ))}
                      </Space>
                    </Image.PreviewGroup>
                  )}
                </QueryState>
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={t('activity.history')}>
                <ActivityHistory id={a.id} name={name} />
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
      {acting === 'correct' && a ? <CorrectionDialog activity={a} etag={read.data?.etag} name={name} onClose={() => setActing(null)} /> : null}
      {acting === 'dispute' && a ? <DisputeDialog activity={a} etag={read.data?.etag} onClose={() => setActing(null)} /> : null}
    </>
  );
}
