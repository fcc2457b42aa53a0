import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PAIRING_TYPES, pairingKeys, propose, type Pairing, type PairingType } from './api';
import { OrganizationPicker } from './OrganizationPicker';
import type { CadencePeriod } from './cadence';

interface Values {
  title: string;
  type: PairingType;
  leadId: string;
  partnerIds: string[];
  goals?: string;
  commitments?: string;
  cadence: { count: number; period: CadencePeriod };
  term: [Dayjs, Dayjs];
}

const lines = (text?: string) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** Propose a pairing: lead and partners from searchable pickers, agreement, cadence and term. */
export function ProposeModal({ partnerId, onClose, onProposed }: { partnerId?: string; onClose: () => void; onProposed: (p: Pairing) => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: Values) => propose({
      title: v.title, type: v.type, leadId: v.leadId, partnerIds: v.partnerIds ?? [],
      agreement: { goals: lines(v.goals), commitments: lines(v.commitments), cadence: v.cadence },
      term: { start: v.term[0].format('YYYY-MM-DD'), end: v.term[1].format('YYYY-MM-DD') },
    }),
    onSuccess: (answer) => {
      client.invalidateQueries({ queryKey: pairingKeys.all });
      message.success(t('pairing.proposed'));
      onProposed(answer.data);
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open width={720} title={t('pairing.propose')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('app.save')} cancelText={t('app.cancel')} confirmLoading={run.isPending} destroyOnClose>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form<Values> form={form} layout="vertical" name="pairing" onFinish={(v) => { setProblem(null); run.mutate(v); }}
        initialValues={{
          type: 'ONE_TO_ONE', partnerIds: partnerId ? [partnerId] : [], cadence: { count: 1, period: 'QUARTER' },
          term: [dayjs().startOf('month'), dayjs().startOf('month').add(2, 'year').subtract(1, 'day')],
        }}>
        <Form.Item name="title" label={t('pairing.name')} rules={[{ required: true, message: t('pairing.name') }]}><Input /></Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="type" label={t('pairing.type')}>
              <Select options={PAIRING_TYPES.map((p) => ({ value: p, label: label('pairingType', p) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="term" label={t('pairing.term')} rules={[{ required: true, message: t('pairing.term') }]}>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="leadId" label={t('pairing.lead')} rules={[{ required: true, message: t('pairing.lead') }]}>
          <OrganizationPicker ariaLabel={t('pairing.lead')} />
        </Form.Item>
        <Form.Item name="partnerIds" label={t('pairing.partners')} rules={[{ required: true, message: t('pairing.partners') }]}>
          <OrganizationPicker multiple ariaLabel={t('pairing.partners')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name={['cadence', 'count']} label={t('pairing.cadence.count')}><InputNumber min={1} style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name={['cadence', 'period']} label={t('pairing.cadence.period')}>
              <Select options={['MONTH', 'QUARTER'].map((p) => ({ value: p, label: label('period', p) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="goals" label={t('pairing.goals')}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="commitments" label={t('pairing.commitments')}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
