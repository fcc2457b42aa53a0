import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { launch, pairingKeys } from './api';

/** One ceremony activates many proposed pairings at once (all or none). */
export function LaunchModal({ pairingIds, onClose, onLaunched }: { pairingIds: string[]; onClose: () => void; onLaunched: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; heldOn: Dayjs }>();
  const client = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: { title: string; heldOn: Dayjs }) => launch(v.title, v.heldOn.format('YYYY-MM-DD'), pairingIds),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: pairingKeys.all });
      client.invalidateQueries({ queryKey: ['overview'] });
      message.success(t('pairing.launched', { count: pairingIds.length }));
      onLaunched();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open title={t('pairing.launch')} onCancel={onClose} onOk={() => form.submit()} okText={t('pairing.launch')}
      cancelText={t('app.cancel')} confirmLoading={run.isPending}>
      <Typography.Paragraph>{t('pairing.launch.selected', { count: pairingIds.length })}</Typography.Paragraph>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form form={form} layout="vertical" name="launch" initialValues={{ heldOn: dayjs() }} onFinish={(v) => { setProblem(null); run.mutate(v); }}>
        <Form.Item name="title" label={t('pairing.launch.title')} rules={[{ required: true, message: t('pairing.launch.title') }]}><Input /></Form.Item>
        <Form.Item name="heldOn" label={t('pairing.launch.heldOn')} rules={[{ required: true, message: t('pairing.launch.heldOn') }]}><DatePicker /></Form.Item>
      </Form>
    </Modal>
  );
}
