import { Card, Col, Descriptions, Image, Row, Space, Table, Tag, Empty } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useOrganizationNames } from '../organizations/api';
import { itemsOf, useActivity, usePhotos } from './api';
import { ConfirmationTag } from './ConfirmationTag';

export default function ActivityPage() {
  const { id = '' } = useParams();
  const { t, label, dateTime, number } = useI18n();
  const read = useActivity(id);
  const photos = usePhotos(id);
  const names = useOrganizationNames();
  const name = (orgId: string) => names.data?.get(orgId)?.name ?? '…';
  return (
    <>
      <PageHeader title={read.data?.data.title ?? t('activity.title')} />
      <QueryState query={read} rows={6}>
        {({ data: a }) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('app.detail')}>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('activity.type')}>{label('activityType', a.type)}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.status')}>
                    <Space><Tag>{label('activityStatus', a.status)}</Tag><ConfirmationTag activity={a} /></Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('activity.startsAt')}>{dateTime(a.startsAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.endsAt')}>{dateTime(a.endsAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.location')}>{a.location}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.title')}><Link to={`/pairings/${a.pairingId}`}>{t('app.detail')}</Link></Descriptions.Item>
                  <Descriptions.Item label={t('pairing.members')}>{a.participantIds.map(name).join('、')}</Descriptions.Item>
                  <Descriptions.Item label={t('activity.summary')}>{a.summary}</Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('activity.attendance')} style={{ marginBottom: 16 }}>
                <Table size="small" rowKey="organizationId" pagination={false} dataSource={a.attendance ?? []}
                  columns={[
                    { title: t('org.name'), key: 'o', render: (_, r) => name(r.organizationId) },
                    { title: t('org.members.full'), dataIndex: 'full', render: (v: number) => number(v) },
                    { title: t('org.members.probationary'), dataIndex: 'probationary', render: (v: number) => number(v) },
                    { title: t('activityType.OTHER'), dataIndex: 'others', render: (v: number) => number(v) },
                  ]} />
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
          </Row>
        )}
      </QueryState>
    </>
  );
}
