import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Row, Col } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { KINDS, SECTORS, organizationKeys, register, update, type Organization, type OrganizationInput } from './api';

interface Values extends Omit<OrganizationInput, 'foundedOn' | 'honours'> {
  foundedOn?: Dayjs | null;
  honours?: string;
}

function toValues(o: Organization | undefined): Partial<Values> {
  if (!o) return { kind: 'BRANCH', contacts: [], members: { full: 0, probationary: 0 } };
  return { ...o, foundedOn: o.foundedOn ? dayjs(o.foundedOn) : null, honours: (o.honours ?? []).join('\n') };
}

function toInput(v: Values): OrganizationInput {
  return {
    ...v,
    parentId: v.parentId || null,
    foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
    honours: (v.honours ?? '').split('\n').map((h) => h.trim()).filter(Boolean),
    contacts: (v.contacts ?? []).filter((c) => c && (c.name || c.phone || c.email)),
  };
}

/** Register (no organization) or edit (with its ETag): the API's field errors show beside the fields. */
export function OrganizationForm({ organization, etag, onClose, onSaved }: {
  organization?: Organization;
  etag?: string;
  onClose: () => void;
  onSaved: (o: Organization) => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (v: Values) => (organization ? update(organization.id, toInput(v), etag) : register(toInput(v))),
    onSuccess: (answer) => {
      client.invalidateQueries({ queryKey: organizationKeys.all });
      message.success(t(organization ? 'org.saved' : 'org.registered'));
      onSaved(answer.data);
    },
    onError: (error) => setProblem(showFieldErrors(form, error).rest),
  });
  return (
    <Modal
      open
      width={760}
      title={t(organization ? 'org.edit' : 'org.register')}
      onCancel={onClose}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      destroyOnClose
    >
      {problem ? <ProblemAlert error={problem} onReload={() => { client.invalidateQueries({ queryKey: organizationKeys.all }); onClose(); }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="organization"
        initialValues={toValues(organization)}
        onFinish={(v) => { setProblem(null); save.mutate(v); }}
      >
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, message: t('org.name') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true, message: t('org.kind') }]}>
              <Select options={KINDS.map((k) => ({ value: k, label: label('kind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="sector" label={t('org.sector')} rules={[{ required: true, message: t('org.sector') }]}>
              <Select options={SECTORS.map((k) => ({ value: k, label: label('sector', k) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name={['hostUnit', 'name']} label={t('org.hostUnit.name')}><Input /></Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['hostUnit', 'creditCode']} label={t('org.hostUnit.creditCode')}><Input maxLength={18} /></Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['secretary', 'name']} label={t('org.secretary.name')}><Input /></Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['secretary', 'phone']} label={t('org.secretary.phone')}><Input inputMode="tel" /></Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['secretary', 'email']} label={t('org.secretary.email')}><Input inputMode="email" /></Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name={['members', 'full']} label={t('org.members.full')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name={['members', 'probationary']} label={t('org.members.probationary')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="foundedOn" label={t('org.foundedOn')}><DatePicker style={{ width: '100%' }} /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="parentId" label={t('org.parent')}><Input placeholder="UUID" /></Form.Item>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} label={t('org.contact.name')}><Input /></Form.Item>
                  <Form.Item name={[field.name, 'phone']} label={t('org.contact.phone')}><Input inputMode="tel" /></Form.Item>
                  <Form.Item name={[field.name, 'email']} label={t('org.contact.email')}><Input inputMode="email" /></Form.Item>
                  <Form.Item name={[field.name, 'language']} label={t('org.contact.language')}>
                    <Select style={{ width: 100 }} allowClear options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} style={{ marginBottom: 16 }}>{t('org.contact.add')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="honours" label={t('org.honours')}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
