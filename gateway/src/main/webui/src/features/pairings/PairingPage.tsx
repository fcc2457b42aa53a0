import { App, Button, Card, Col, Descriptions, Form, Input, List, Modal, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldErrors } from '../../lib/api/formErrors';
import { useOrganizationNames } from '../organizations/api';
import { itemsOf, useTimeline } from '../activities/api';
import { pairingKeys, STATUS_COLOURS, transition, usePairing, usePairingDemands, useReceipts, type Pairing, type Transition } from './api';
import { CadenceRow } from './CadenceRow';
import { EvaluationsSection } from '../evaluations/EvaluationsSection';

const WITH_REASON: Transition[] = ['rejection', 'suspension', 'conclusion'];

function actionsFor(p: Pairing): Transition[] {
  switch (p.status) {
    case 'PROPOSED': return ['approval', 'rejection'];
    case 'ACTIVE': return ['suspension', 'conclusion'];
    case 'SUSPENDED': return ['resumption', 'conclusion'];
    default: return [];
  }
}

const ACTION_LABELS = {
  approval: 'pairing.approve', rejection: 'pairing.reject', suspension: 'pairing.suspend', resumption: 'pairing.resume', conclusion: 'pairing.conclude',
} as const;

export default function PairingPage() {
  const { id = '' } = useParams();
  const { t, label, date, dateTime } = useI18n();
  const session = useSession();
  const read = usePairing(id);
  const names = useOrganizationNames();
  const timeline = useTimeline(id);
  const demands = usePairingDemands(id);
  const receipts = useReceipts(session.canEdit || session.has('city-admin') ? id : undefined);
  const [acting, setActing] = useState<Transition | null>(null);
  const name = (orgId: string) => names.data?.get(orgId)?.name ?? '…';
  const p = read.data?.data;
  return (
    <>
      <PageHeader
        title={p ? <>{p.title} <Tag color={STATUS_COLOURS[p.status]} data-testid="pairing-status">{label('pairingStatus', p.status)}</Tag></> : t('pairing.title')}
        extra={p && session.canEdit ? actionsFor(p).map((a) => (
          <Button key={a} danger={a === 'rejection' || a === 'conclusion'} type={a === 'approval' ? 'primary' : 'default'} onClick={() => setActing(a)}>
            {t(ACTION_LABELS[a])}
          </Button>
        )) : null}
      />
      <QueryState query={read} rows={6}>
        {({ data }) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('app.detail')}>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('pairing.type')}>{label('pairingType', data.type)}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.lead')}>{name(data.leadId)}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.partners')}>{data.partnerIds.map(name).join('、')}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.term')}>{date(data.term.start)} – {date(data.term.end)}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.plaque')}><span data-testid="plaque">{data.plaqueNo ?? '—'}</span></Descriptions.Item>
                  <Descriptions.Item label={t('pairing.cadence')}>
                    {t('pairing.cadenceText', { count: data.agreement.cadence.count, period: label('period', data.agreement.cadence.period) })}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('pairing.goals')}>{data.agreement.goals.map((g) => <div key={g}>{g}</div>)}</Descriptions.Item>
                  <Descriptions.Item label={t('pairing.commitments')}>{data.agreement.commitments.map((g) => <div key={g}>{g}</div>)}</Descriptions.Item>
                  {data.statusReason ? <Descriptions.Item label={t('pairing.reason')}>{data.statusReason}</Descriptions.Item> : null}
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('pairing.cadenceRow')} style={{ marginBottom: 16 }}>
                <CadenceRow pairing={data} />
              </Card>
              <Card title={t('pairing.timeline')}>
                <QueryState query={timeline} isEmpty={(a) => itemsOf(a).length === 0}>
                  {(answer) => (
                    <Timeline items={itemsOf(answer).map((a) => ({
                      color: a.status === 'HELD' ? 'green' : a.status === 'CANCELLED' ? 'gray' : 'blue',
                      children: <><Link to={`/activities/${a.id}`}>{a.title}</Link> <Typography.Text type="secondary">{dateTime(a.startsAt)} · {label('activityType', a.type)} · {label('activityStatus', a.status)}</Typography.Text></>,
                    }))} />
                  )}
                </QueryState>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('pairing.receipts')}>
                {session.canEdit || session.has('city-admin') ? (
                  <QueryState query={receipts} isEmpty={(r) => r.items.length === 0}>
                    {(page) => (
                      <div data-testid="receipts"><Table size="small" rowKey="noticeId" pagination={false} dataSource={page.items} scroll={{ x: 'max-content' }}
                        columns={[
                          { title: t('receipt.recipient'), key: 'r', render: (_, r) => `${name(r.organizationId)} ${r.recipientName ?? ''} ${label('recipientRole', r.recipientRole)}` },
                          { title: t('receipt.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'ACKNOWLEDGED' ? 'green' : 'orange'}>{label('receiptStatus', s)}</Tag> },
                          { title: t('receipt.acknowledgedAt'), dataIndex: 'acknowledgedAt', render: (v: string) => dateTime(v) },
                        ]} /></div>
                    )}
                  </QueryState>
                ) : null}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('pairing.demands')} style={{ marginBottom: 16 }}>
                <QueryState query={demands} isEmpty={(d) => d.items.length === 0}>
                  {(page) => <List size="small" dataSource={page.items} renderItem={(d) => (
                    <List.Item>{d.title}<Space>{d.overdue ? <Tag color="red">{t('demand.overdue')}</Tag> : null}<Tag>{label('demandStatus', d.status)}</Tag></Space></List.Item>
                  )} />}
                </QueryState>
              </Card>
              <EvaluationsSection pairing={data} />
            </Col>
          </Row>
        )}
      </QueryState>
      {acting && p ? <TransitionDialog pairing={p} step={acting} onClose={() => setActing(null)} /> : null}
    </>
  );
}

function TransitionDialog({ pairing, step, onClose }: { pairing: Pairing; step: Transition; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason?: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const needsReason = WITH_REASON.includes(step);
  const run = useMutation({
    mutationFn: (v: { reason?: string }) => transition(pairing.id, step, needsReason ? v.reason : undefined),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: pairingKeys.all });
      message.success(t('pairing.done'));
      onClose();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open title={`${t(ACTION_LABELS[step])} · ${pairing.title}`} onCancel={onClose} onOk={() => form.submit()}
      okText={t(ACTION_LABELS[step])} cancelText={t('app.cancel')} confirmLoading={run.isPending}>
      {problem ? <ProblemAlert error={problem} onReload={() => { client.invalidateQueries({ queryKey: pairingKeys.all }); onClose(); }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => { setProblem(null); run.mutate(v); }}>
        {needsReason ? (
          <Form.Item name="reason" label={t('pairing.reason')} rules={[{ required: true, message: t('pairing.reason') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        ) : <Typography.Paragraph>{pairing.title}</Typography.Paragraph>}
      </Form>
    </Modal>
  );
}
