import { App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ApiError } from '../../lib/api/problem';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, useProblemText } from '../../components/ProblemAlert';
import type { Pairing } from '../pairings/api';
import { complete, confirm, portalKeys, useMyActivity, useMyPairing, type CompletionInput, type PortalActivity } from './api';
import { attendanceRows, canAddPhotos, canConfirm, canRecordHeld } from './logic';
import { useOrgLabel } from './orgLabel';
import { PhotoGallery } from './PhotoGallery';
import { PortalQuery } from './PortalQuery';

/** One activity of a pairing of the caller's organization: record it as held, add photos, confirm the partner's. */
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

function ActivityView({ activity: a, etag, pairing }: { activity: PortalActivity; etag?: string; pairing?: Pairing }) {
  const { t, label, dateTime, number } = useI18n();
  const { me } = useSession();
  const orgLabel = useOrgLabel();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const [recording, setRecording] = useState(false);
  const confirmIt = useMutation({
    mutationFn: () => confirm(a.id, etag),
    onSuccess: (answer) => {
      client.setQueryData(portalKeys.activity(a.id), answer);
      client.invalidateQueries({ queryKey: ['portal'] });
      message.success(t('confirm.done'));
    },
    onError: (e) => {
      // a second tap that reached the server after the first: the activity is confirmed, which is what was wanted
      if (e instanceof ApiError && (e.kind === 'conflict' || e.kind === 'stale')) client.invalidateQueries({ queryKey: portalKeys.activity(a.id) });
      else message.error(problemText(e).title);
    },
  });
  const sides = pairing ?? { leadId: '', partnerIds: [], status: '' };
  return (
    <>
      <PageHeader title={a.title} sub={pairing ? <Link to={`/my/pairings/${pairing.id}`}>{pairing.title}</Link> : null} />
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('activity.status')}>
              <Space wrap size={4}>
                <Tag data-testid="activity-status" data-status={a.status}>{label('activityStatus', a.status)}</Tag>
                {a.status === 'HELD' ? <Tag color={a.confirmedBy ? 'green' : 'orange'} data-testid="activity-confirmation">{t(a.confirmedBy ? 'confirm.byPartner' : 'confirm.waiting')}</Tag> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('activity.type')}>{label('activityType', a.type)}</Descriptions.Item>
            <Descriptions.Item label={t('activity.startsAt')}>{dateTime(a.startsAt)}</Descriptions.Item>
            <Descriptions.Item label={t('activity.endsAt')}>{dateTime(a.endsAt)}</Descriptions.Item>
            {a.location ? <Descriptions.Item label={t('activity.location')}>{a.location}</Descriptions.Item> : null}
            <Descriptions.Item label={t('schedule.participants')}>{a.participantIds.map((o) => orgLabel(o, pairing)).join('、')}</Descriptions.Item>
            {a.summary ? <Descriptions.Item label={t('held.summary')}><span style={{ whiteSpace: 'pre-wrap' }}>{a.summary}</span></Descriptions.Item> : null}
            {a.outcomes ? <Descriptions.Item label={t('held.outcomes')}><span style={{ whiteSpace: 'pre-wrap' }}>{a.outcomes}</span></Descriptions.Item> : null}
          </Descriptions>
          {pairing && canConfirm(a, sides, me.organizationId, me.roles) ? (
            <Button type="primary" size="large" block icon={<CheckOutlined />} data-testid="confirm"
              loading={confirmIt.isPending} disabled={confirmIt.isPending || confirmIt.isSuccess} onClick={() => confirmIt.mutate()}>
              {t('confirm.action')}
            </Button>
          ) : null}
          {pairing && canRecordHeld(a, sides, me.organizationId, me.roles) && !recording ? (
            <Button type="primary" size="large" block onClick={() => setRecording(true)} data-testid="record-held">{t('held.open')}</Button>
          ) : null}
        </Card>
        {recording && pairing ? <HeldForm activity={a} etag={etag} pairing={pairing} onDone={() => setRecording(false)} /> : null}
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
      </Space>
    </>
  );
}

interface HeldValues extends CompletionInput {}

/** Attendance of each participant, summary and outcomes; a refused form keeps what was typed and shows why. */
function HeldForm({ activity, etag, pairing, onDone }: { activity: PortalActivity; etag?: string; pairing: Pairing; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<HeldValues>();
  const [problem, setProblem] = useState<unknown>(null);
  const orgLabel = useOrgLabel();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (v: HeldValues) => complete(activity.id, { ...v, outcomes: v.outcomes || undefined }, etag),
    onSuccess: (answer) => {
      client.setQueryData(portalKeys.activity(activity.id), answer);
      client.invalidateQueries({ queryKey: ['portal'] });
      message.success(t('held.done'));
      onDone();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  const rows = attendanceRows(activity.participantIds);
  return (
    <Card size="small" title={t('held.title')} data-testid="held-form">
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form form={form} layout="vertical" initialValues={{ attendance: rows }}
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
        <Form.Item name="summary" label={t('held.summary')} rules={[{ required: true, message: t('held.summary') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="outcomes" label={t('held.outcomes')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={save.isPending} data-testid="held-save">{t('app.save')}</Button>
          <Button size="large" onClick={onDone}>{t('app.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
