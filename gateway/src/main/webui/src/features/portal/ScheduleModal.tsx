import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ACTIVITY_TYPES } from '../activities/api';
import type { Pairing } from '../pairings/api';
import { schedule, type ScheduleInput } from './api';
import { defaultSlot, withOffset } from './logic';
import { useOrgLabel } from './orgLabel';

type Values = Omit<ScheduleInput, 'pairingId'>;

/** Schedule an activity of a pairing: type, time (the phone's own picker), place and the participating members. */
export function ScheduleModal({ pairing, open, onClose }: { pairing: Pairing; open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const client = useQueryClient();
  const navigate = useNavigate();
  const orgLabel = useOrgLabel();
  const members = [pairing.leadId, ...pairing.partnerIds];
  const save = useMutation({
    mutationFn: (v: Values) => schedule({
      pairingId: pairing.id, title: v.title, type: v.type, location: v.location || undefined,
      startsAt: withOffset(v.startsAt), endsAt: withOffset(v.endsAt), participantIds: v.participantIds,
    }),
    onSuccess: (answer) => {
      message.success(t('schedule.done'));
      client.invalidateQueries({ queryKey: ['portal'] });
      onClose();
      navigate(`/my/activities/${answer.data.id}`);
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open={open} title={t('schedule.title')} onCancel={onClose} okText={t('app.save')} cancelText={t('app.cancel')}
      confirmLoading={save.isPending} onOk={() => form.validateFields().then((v) => { setProblem(null); save.mutate(v); }).catch(() => undefined)}
      destroyOnClose={false} width={520}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form form={form} layout="vertical" initialValues={{ type: 'SYMPOSIUM', ...defaultSlot(new Date()), participantIds: members }}>
        <Form.Item name="title" label={t('schedule.name')} rules={[{ required: true, message: t('schedule.name') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="type" label={t('schedule.type')} rules={[{ required: true }]}>
          <Select options={ACTIVITY_TYPES.map((v) => ({ value: v, label: label('activityType', v) }))} />
        </Form.Item>
        <Form.Item name="startsAt" label={t('activity.startsAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" data-testid="starts-at" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('activity.endsAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" data-testid="ends-at" />
        </Form.Item>
        <Form.Item name="location" label={t('schedule.location')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="participantIds" label={t('schedule.participants')} rules={[{ required: true }]}>
          <Checkbox.Group options={members.map((id) => ({ value: id, label: orgLabel(id, pairing) }))} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
