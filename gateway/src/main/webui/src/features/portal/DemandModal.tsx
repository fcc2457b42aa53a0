import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import type { MessageKey } from '../../lib/i18n/messages';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { Pairing } from '../pairings/api';
import { raiseDemand } from './api';

export const DEMAND_CATEGORIES = ['FUNDING', 'TALENT', 'MARKET', 'POLICY', 'TRAINING', 'OTHER'] as const;

interface Values {
  pairingId: string;
  category: string;
  title: string;
  detail?: string;
  dueOn?: Dayjs;
}

/** Raise a demand in one of the caller's pairings (its partner side): category, title, detail, the date wanted. */
export function DemandModal({ pairings, open, onClose }: { pairings: Pairing[]; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const client = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (v: Values) => raiseDemand(v.pairingId, {
      category: v.category, title: v.title, detail: v.detail || undefined, dueOn: v.dueOn?.format('YYYY-MM-DD'),
    }),
    onSuccess: (answer) => {
      message.success(t('demand.raised'));
      client.invalidateQueries({ queryKey: ['portal'] });
      onClose();
      navigate(`/my/demands/${answer.data.id}`);
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open={open} title={t('demand.raise')} onCancel={onClose} okText={t('app.save')} cancelText={t('app.cancel')}
      confirmLoading={save.isPending} onOk={() => form.validateFields().then((v) => { setProblem(null); save.mutate(v); }).catch(() => undefined)}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form form={form} layout="vertical" initialValues={{ pairingId: pairings[0]?.id, category: 'FUNDING' }}>
        <Form.Item name="pairingId" label={t('demand.pairing')} rules={[{ required: true }]} hidden={pairings.length === 1}>
          <Select options={pairings.map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
        <Form.Item name="category" label={t('demand.category')} rules={[{ required: true }]}>
          <Select options={DEMAND_CATEGORIES.map((c) => ({ value: c, label: t(`demand.category.${c}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('demand.name')} rules={[{ required: true, message: t('demand.name') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="detail" label={t('demand.detail')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('demand.desiredDate')}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
      </Form>
    </Modal>
  );
}
