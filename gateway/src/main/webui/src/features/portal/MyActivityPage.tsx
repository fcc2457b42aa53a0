import { App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { CheckOutlined, EditOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import type { MessageKey } from '../../lib/i18n/messages';
import { useSession } from '../../lib/session/SessionProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ApiError } from '../../lib/api/problem';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, useProblemText } from '../../components/ProblemAlert';
import {
  complete, confirm, correct, dispute, portalKeys, useMyActivity, useMyPairing, type CompletionInput, type PortalActivity,
  type PortalPairing,
} from './api';
import { ActivityHistory } from './ActivityHistory';
import { attendanceRows, canAddPhotos, canConfirm, canCorrect, canDispute, canRecordHeld } from './logic';
import { useOrgLabel } from './orgLabel';
import { PhotoGallery } from './PhotoGallery';
import { PortalQuery } from './PortalQuery';

/**
 * One activity of a pairing of the caller's organization: record it as held, add photos, confirm the partner's or
 * dispute it, correct one's own report until the partner confirms it, and read its history.
 */
export default function MyActivityPage() {
  const { id = '' } = useParams();
  const read = useMyActivity(id);
  const pairing = useMyPairing(read.data?.data.pairingId ?? '');
  return (
    <PortalQuery query={read} rows={6}>
      {({ data: a, etag }) => <ActivityView activity={a} etag={etag} pairing={pairing.data?.data} />}
    </PortalQuery>
  );
}

type Panel = 'held' | 'correct' | 'dispute' | null;

function ActivityView({ activity: a, etag, pairing }: { activity: PortalActivity; etag?: string; pairing?: PortalPairing }) {
  const { t, label, dateTime, number } = useI18n();
  const { me } = useSession();
  const orgLabel = useOrgLabel();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const [panel, setPanel] = useState<Panel>(null);
  const confirmIt = useMutation({
    mutationFn: () => confirm(a.id, etag),
    onSuccess: (answer) => {
      client.setQueryData(portalKeys.activity(a.id), answer);
      client.invalidateQueries({ queryKey: ['portal'] });
      message.success(t('confirm.done'));
    },
    onError: async (e) => {
      // a tap that reached the server after another one (or another secretary) had already decided: read it again and say so
      if (e instanceof ApiError && (e.kind === 'conflict' || e.kind === 'stale')) {
        await client.invalidateQueries({ queryKey: portalKeys.activity(a.id) });
        const now = client.getQueryData<{ data: PortalActivity }>(portalKeys.activity(a.id))?.data;
        if (now?.confirmedBy) message.info(t('portal.confirm.already'));
        else message.warning(t('portal.changedMeanwhile'));
      } else message.error(problemText(e).title);
    },
  });
  const sides = pairing ?? { leadId: '', partnerIds: [], status: '' };
  const mayConfirm = !!pairing && canConfirm(a, sides, me.organizationId, me.roles);
  const mayDispute = !!pairing && canDispute(a, sides, me.organizationId, me.roles);
  const mayCorrect = !!pairing && canCorrect(a, sides, me.organizationId, me.roles);
  return (
    <>
      <PageHeader title={a.title} sub={pairing ? <Link to={`/my/pairings/${pairing.id}`}>{pairing.title}</Link> : null} />
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('activity.status')}>
              <Space wrap size={4}>
                <Tag data-testid="activity-status" data-status={a.status}>{label('activityStatus', a.status)}</Tag>
                {a.status === 'HELD' && !a.dispute ? <Tag color={a.confirmedBy ? 'green' : 'orange'} data-testid="activity-confirmation">{t(a.confirmedBy ? 'confirm.byPartner' : 'confirm.waiting')}</Tag> : null}
                {a.dispute ? (
                  <Tag color={a.dispute.outcome === 'DISMISSED' ? 'green' : 'red'} data-testid="activity-dispute" data-outcome={a.dispute.outcome ?? 'OPEN'}>
                    {a.dispute.outcome ? t(`portal.dispute.${a.dispute.outcome}` as MessageKey) : t('activity.disputed')}
                  </Tag>
                ) : null}
              </Space>
            </Descriptions.Item>
            {a.dispute ? (
              <Descriptions.Item label={t('portal.dispute.reason')}>
                <span style={{ whiteSpace: 'pre-wrap' }} data-testid="dispute-reason">{a.dispute.reason}</span>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('activity.type')}>{label('activityType', a.type)}</Descriptions.Item>
            <Descriptions.Item label={t('activity.startsAt')}>{dateTime(a.startsAt)}</Descriptions.Item>
            <Descriptions.Item label={t('activity.endsAt')}>{dateTime(a.endsAt)}</Descriptions.Item>
            {a.location ? <Descriptions.Item label={t('activity.location')}>{a.location}</Descriptions.Item> : null}
            <Descriptions.Item label={t('schedule.participants')}><span data-testid="activity-participants">{a.participantIds.map((o) => orgLabel(o, pairing)).join('、')}</span></Descriptions.Item>
            {a.summary ? <Descriptions.Item label={t('held.summary')}><span style={{ whiteSpace: 'pre-wrap' }} data-testid="activity-summary">{a.summary}</span></Descriptions.Item> : null}
            {a.outcomes ? <Descriptions.Item label={t('held.outcomes')}><span style={{ whiteSpace: 'pre-wrap' }}>{a.outcomes}</span></Descriptions.Item> : null}
          </Descriptions>
          <Space direction="vertical" style={{ width: '100%' }}>
            {mayConfirm ? (
              <Button type="primary" size="large" block icon={<CheckOutlined />} data-testid="confirm"
                loading={confirmIt.isPending} disabled={confirmIt.isPending || confirmIt.isSuccess} onClick={() => confirmIt.mutate()}>
                {t('confirm.action')}
              </Button>
            ) : null}
            {mayDispute && panel !== 'dispute' ? (
              <Button danger size="large" block icon={<ExclamationCircleOutlined />} data-testid="dispute"
                disabled={confirmIt.isPending} onClick={() => setPanel('dispute')}>
                {t('portal.dispute.action')}
              </Button>
            ) : null}
            {pairing && canRecordHeld(a, sides, me.organizationId, me.roles) && panel !== 'held' ? (
              <Button type="primary" size="large" block onClick={() => setPanel('held')} data-testid="record-held">{t('held.open')}</Button>
            ) : null}
            {mayCorrect && panel !== 'correct' ? (
              <Button size="large" block icon={<EditOutlined />} onClick={() => setPanel('correct')} data-testid="correct">{t('portal.correct.action')}</Button>
            ) : null}
          </Space>
        </Card>
        {panel === 'dispute' && mayDispute ? <DisputeForm activity={a} etag={etag} onDone={() => setPanel(null)} /> : null}
        {(panel === 'held' || panel === 'correct') && pairing
          ? <ReportForm mode={panel} activity={a} etag={etag} pairing={pairing} onDone={() => setPanel(null)} /> : null}
        {a.attendance && a.attendance.length > 0 ? (
          <Card size="small" title={t('activity.attendance')}>
            {a.attendance.map((row) => (
              <div key={row.organizationId} data-testid="attendance-row">
                <Typography.Text strong>{orgLabel(row.organizationId, pairing)}</Typography.Text>{' '}
                <Typography.Text>{t('activity.attendance.row', { full: number(row.full), probationary: number(row.probationary), others: number(row.others) })}</Typography.Text>
              </div>
            ))}
          </Card>
        ) : null}
        <Card size="small" title={t('activity.photos')}>
          <PhotoGallery activityId={a.id} title={a.title} canAdd={!!pairing && canAddPhotos(a, sides, me.organizationId, me.roles)} />
        </Card>
        <ActivityHistory activityId={a.id} pairing={pairing} version={a.version} />
      </Space>
    </>
  );
}

/** The partner side's objection, with its required reason; the committee decides. A refused form keeps the text. */
function DisputeForm({ activity, etag, onDone }: { activity: PortalActivity; etag?: string; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: (v: { reason: string }) => dispute(activity.id, v.reason, etag),
    onSuccess: (answer) => {
      client.setQueryData(portalKeys.activity(activity.id), answer);
      client.invalidateQueries({ queryKey: ['portal'] });
      message.success(t('portal.dispute.done'));
      onDone();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Card size="small" title={t('portal.dispute.title')} data-testid="dispute-form">
      <Typography.Paragraph type="secondary">{t('portal.dispute.hint')}</Typography.Paragraph>
      {problem ? <ProblemAlert error={problem} onReload={() => client.invalidateQueries({ queryKey: portalKeys.activity(activity.id) })} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => { setProblem(null); send.mutate(v); }}>
        <Form.Item name="reason" label={t('portal.dispute.reason')} rules={[{ required: true, whitespace: true, message: t('portal.dispute.reason') }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        <Space>
          <Button danger type="primary" htmlType="submit" size="large" loading={send.isPending} disabled={send.isPending} data-testid="dispute-send">{t('portal.dispute.action')}</Button>
          <Button size="large" onClick={onDone}>{t('app.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

interface ReportValues extends CompletionInput {
  reason?: string;
}

/**
 * Attendance of each participant, summary and outcomes: recording the activity as held, or correcting that report
 * (then with what it says now, and an optional reason). A refused form keeps what was typed and shows why.
 */
function ReportForm({ mode, activity, etag, pairing, onDone }: { mode: 'held' | 'correct'; activity: PortalActivity; etag?: string; pairing: PortalPairing; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const [problem, setProblem] = useState<unknown>(null);
  const orgLabel = useOrgLabel();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (v: ReportValues) => {
      const report = { attendance: v.attendance, summary: v.summary, outcomes: v.outcomes || undefined };
      return mode === 'held' ? complete(activity.id, report, etag) : correct(activity.id, { ...report, reason: v.reason || undefined }, etag);
    },
    onSuccess: (answer) => {
      client.setQueryData(portalKeys.activity(activity.id), answer);
      client.invalidateQueries({ queryKey: ['portal'] });
      message.success(t(mode === 'held' ? 'held.done' : 'portal.correct.done'));
      onDone();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  const rows = attendanceRows(activity.participantIds, mode === 'correct' ? activity.attendance : []);
  const initial = mode === 'correct' ? { attendance: rows, summary: activity.summary, outcomes: activity.outcomes } : { attendance: rows };
  return (
    <Card size="small" title={t(mode === 'held' ? 'held.title' : 'portal.correct.title')} data-testid={mode === 'held' ? 'held-form' : 'correct-form'}>
      {problem ? <ProblemAlert error={problem} onReload={() => client.invalidateQueries({ queryKey: portalKeys.activity(activity.id) })} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}
        onFinish={(v) => { setProblem(null); save.mutate(v); }}>
        <Form.List name="attendance">
          {(fields) => fields.map((field, i) => (
            <div key={field.key} data-testid="attendance-input" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{orgLabel(rows[i].organizationId, pairing)}</Typography.Text>
              <Form.Item name={[field.name, 'organizationId']} hidden><Input /></Form.Item>
              <Space wrap>
                <Form.Item name={[field.name, 'full']} label={t('held.full')} style={{ marginBottom: 0 }}><InputNumber min={0} max={10000} inputMode="numeric" style={{ width: 96 }} /></Form.Item>
                <Form.Item name={[field.name, 'probationary']} label={t('held.probationary')} style={{ marginBottom: 0 }}><InputNumber min={0} max={10000} inputMode="numeric" style={{ width: 96 }} /></Form.Item>
                <Form.Item name={[field.name, 'others']} label={t('held.others')} style={{ marginBottom: 0 }}><InputNumber min={0} max={10000} inputMode="numeric" style={{ width: 96 }} /></Form.Item>
              </Space>
            </div>
          ))}
        </Form.List>
        <Form.Item name="summary" label={t('held.summary')} rules={[{ required: true, whitespace: true, message: t('held.summary') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="outcomes" label={t('held.outcomes')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {mode === 'correct' ? (
          <Form.Item name="reason" label={t('portal.correct.reason')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        ) : null}
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={save.isPending} disabled={save.isPending}
            data-testid={mode === 'held' ? 'held-save' : 'correct-save'}>{t('app.save')}</Button>
          <Button size="large" onClick={onDone}>{t('app.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
