import { App, Form, Input, InputNumber, Modal, Radio, Space, Table, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { correct, resolveDispute, type Activity, type DisputeOutcome } from './api';
import { attendanceFor, correctionBody, type CorrectionValues } from './history';

/** After a decision or a stale version: the activity, its history and every list that shows it are read again. */
function useReload(id: string) {
  const client = useQueryClient();
  return () => {
    client.invalidateQueries({ queryKey: ['activities'] });
    client.invalidateQueries({ queryKey: ['pairings', 'timeline'] });
    client.invalidateQueries({ queryKey: ['cadence'] });
    return client.invalidateQueries({ queryKey: ['activities', 'one', id] });
  };
}

/** The committee corrects a held activity's attendance, summary and outcomes, at any time, with a reason. */
export function CorrectionDialog({ activity, etag, name, onClose }: {
  activity: Activity; etag?: string; name: (organizationId: string) => string; onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reload = useReload(activity.id);
  const [form] = Form.useForm<CorrectionValues>();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: CorrectionValues) => correct(activity.id, correctionBody(v), etag),
    onSuccess: () => {
      reload();
      message.success(t('activity.correct.done'));
      onClose();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  const count = (index: number, field: 'full' | 'probationary' | 'others', title: string) => (
    <Form.Item name={['attendance', index, field]} noStyle rules={[{ required: true, message: title }]}>
      <InputNumber min={0} max={100000} aria-label={`${name(activity.participantIds[index])} ${title}`} style={{ width: 90 }} />
    </Form.Item>
  );
  return (
    <Modal open width={760} title={`${t('activity.correct.title')} · ${activity.title}`} onCancel={onClose} onOk={() => form.submit()}
      okText={t('app.save')} cancelText={t('app.cancel')} confirmLoading={run.isPending} destroyOnClose>
      {problem ? <ProblemAlert error={problem} onReload={() => { reload(); onClose(); }} /> : null}
      <Form<CorrectionValues> form={form} layout="vertical" name="correction"
        initialValues={{
          attendance: attendanceFor(activity.participantIds, activity.attendance),
          summary: activity.summary ?? '', outcomes: activity.outcomes ?? '', reason: '',
        }}
        onFinish={() => { setProblem(null); run.mutate(form.getFieldsValue(true) as CorrectionValues); }}>
        <Typography.Text strong>{t('activity.attendance')}</Typography.Text>
        <Table size="small" rowKey="organizationId" pagination={false} style={{ margin: '8px 0 16px' }} scroll={{ x: 'max-content' }}
          dataSource={attendanceFor(activity.participantIds, activity.attendance)}
          columns={[
            { title: t('org.name'), key: 'o', render: (_, r) => name(r.organizationId) },
            { title: t('org.members.full'), key: 'full', render: (_, _r, i) => count(i, 'full', t('org.members.full')) },
            { title: t('org.members.probationary'), key: 'probationary', render: (_, _r, i) => count(i, 'probationary', t('org.members.probationary')) },
            { title: t('activity.others'), key: 'others', render: (_, _r, i) => count(i, 'others', t('activity.others')) },
          ]} />
        <Form.Item name="summary" label={t('activity.summary')} rules={[{ required: true, whitespace: true, message: t('activity.summary') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="outcomes" label={t('activity.outcomes')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="reason" label={t('activity.correct.reason')} rules={[{ required: true, whitespace: true, message: t('activity.correct.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The committee decides a partner's dispute: upheld (the activity no longer counts) or dismissed (it stands). */
export function DisputeDialog({ activity, etag, onClose }: { activity: Activity; etag?: string; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const reload = useReload(activity.id);
  const [form] = Form.useForm<{ outcome: DisputeOutcome; reason: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: { outcome: DisputeOutcome; reason: string }) => resolveDispute(activity.id, v.outcome, v.reason, etag),
    onSuccess: () => {
      reload();
      message.success(t('activity.resolve.done'));
      onClose();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open title={`${t('activity.resolve')} · ${activity.title}`} onCancel={onClose} onOk={() => form.submit()}
      okText={t('app.confirm')} cancelText={t('app.cancel')} confirmLoading={run.isPending} destroyOnClose>
      {problem ? <ProblemAlert error={problem} onReload={() => { reload(); onClose(); }} /> : null}
      {activity.dispute ? <Typography.Paragraph>{t('activity.dispute.reason')}：{activity.dispute.reason}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" name="dispute" onFinish={(v) => { setProblem(null); run.mutate(v); }}>
        <Form.Item name="outcome" label={t('activity.resolve.outcome')} rules={[{ required: true, message: t('activity.resolve.outcome') }]}>
          <Radio.Group>
            <Space direction="vertical">
              <Radio value="UPHELD">{label('disputeOutcome', 'UPHELD')}</Radio>
              <Radio value="DISMISSED">{label('disputeOutcome', 'DISMISSED')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('activity.resolve.reason')} rules={[{ required: true, whitespace: true, message: t('activity.resolve.reason') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
