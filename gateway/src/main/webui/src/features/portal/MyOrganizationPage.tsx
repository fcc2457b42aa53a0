import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { organizationKeys, update, useOrganization, type Organization, type OrganizationInput } from '../organizations/api';
import { PortalQuery } from './PortalQuery';
import { LedgerDownload } from '../ledger/LedgerDownload';
import { PersonAccount } from '../organizations/PersonAccount';

type Editable = Pick<OrganizationInput, 'secretary' | 'contacts' | 'members'>;

/**
 * The caller's organization. A secretary keeps what the registry lets a secretary change (secretary, contacts,
 * member counts); everything else is sent back as it was. A liaison reads it.
 */
export default function MyOrganizationPage() {
  const { me } = useSession();
  const read = useOrganization(me.organizationId);
  return <PortalQuery query={read} rows={8}>{({ data, etag }) => <OrganizationView organization={data} etag={etag} />}</PortalQuery>;
}

function OrganizationView({ organization: o, etag }: { organization: Organization; etag?: string }) {
  const { t, label, date } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Editable>();
  const [problem, setProblem] = useState<unknown>(null);
  const secretary = me.roles.includes('branch-secretary');
  const save = useMutation({
    mutationFn: (v: Editable) => update(o.id, {
      name: o.name, kind: o.kind, sector: o.sector, parentId: o.parentId ?? null, hostUnit: o.hostUnit, foundedOn: o.foundedOn ?? null,
      honours: o.honours ?? [], secretary: v.secretary, contacts: (v.contacts ?? []).map((c) => ({ ...c, email: c.email || undefined, phone: c.phone || undefined })),
      members: v.members,
    }, etag),
    onSuccess: (answer) => {
      client.setQueryData(organizationKeys.one(o.id), answer);
      message.success(t('myOrg.saved'));
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <>
      <PageHeader title={o.name} />
      {secretary ? <Card size="small" style={{ marginBottom: 12 }}><LedgerDownload /></Card> : null}
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('org.kind')}>{label('kind', o.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('org.sector')}>{label('sector', o.sector)}</Descriptions.Item>
            {o.hostUnit?.name ? <Descriptions.Item label={t('org.hostUnit')}>{o.hostUnit.name}</Descriptions.Item> : null}
            {o.foundedOn ? <Descriptions.Item label={t('org.foundedOn')}>{date(o.foundedOn)}</Descriptions.Item> : null}
          </Descriptions>
        </Card>
        <Card size="small" title={t('account.title')} data-testid="org-accounts">
          <Descriptions column={1} size="small">
            {o.secretary?.name ? (
              <Descriptions.Item label={`${t('org.secretary')} ${o.secretary.name}`}>
                <PersonAccount organizationId={o.id} person="secretary" state={o.secretary.account} email={o.secretary.email}
                  mayInvite={secretary} organizationActive={o.status === 'ACTIVE'} />
              </Descriptions.Item>
            ) : null}
            {(o.contacts ?? []).map((c, i) => (
              <Descriptions.Item key={c.id ?? i} label={`${t('org.contacts')} ${c.name ?? ''}`}>
                <PersonAccount organizationId={o.id} person={c.id} state={c.account} email={c.email}
                  mayInvite={secretary} organizationActive={o.status === 'ACTIVE'} />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
        <Card size="small" title={t('org.secretary')}>
          {!secretary ? <Alert type="info" showIcon message={t('myOrg.readOnly')} style={{ marginBottom: 12 }} /> : null}
          {problem ? <ProblemAlert error={problem} onReload={() => client.invalidateQueries({ queryKey: organizationKeys.one(o.id) })} /> : null}
          <Form form={form} layout="vertical" disabled={!secretary} data-testid="org-form"
            initialValues={{ secretary: o.secretary ?? {}, contacts: o.contacts ?? [], members: o.members ?? {} }}
            onFinish={(v) => { setProblem(null); save.mutate(v); }}>
            <Form.Item name={['secretary', 'name']} label={t('org.secretary.name')}><Input maxLength={50} /></Form.Item>
            <Form.Item name={['secretary', 'phone']} label={t('org.secretary.phone')}><Input type="tel" inputMode="tel" maxLength={20} /></Form.Item>
            <Space wrap>
              <Form.Item name={['members', 'full']} label={t('org.members.full')}><InputNumber min={0} inputMode="numeric" /></Form.Item>
              <Form.Item name={['members', 'probationary']} label={t('org.members.probationary')}><InputNumber min={0} inputMode="numeric" /></Form.Item>
            </Space>
            <Form.List name="contacts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Card key={field.key} size="small" style={{ marginBottom: 8 }} title={t('org.contacts')}
                      extra={secretary ? <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="remove" /> : null}>
                      <Form.Item name={[field.name, 'name']} label={t('org.contact.name')}><Input maxLength={50} /></Form.Item>
                      <Form.Item name={[field.name, 'phone']} label={t('org.contact.phone')}><Input type="tel" inputMode="tel" maxLength={20} /></Form.Item>
                      <Form.Item name={[field.name, 'email']} label={t('org.contact.email')}><Input type="email" inputMode="email" maxLength={254} /></Form.Item>
                      <Form.Item name={[field.name, 'language']} label={t('org.contact.language')}>
                        <Select allowClear options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
                      </Form.Item>
                    </Card>
                  ))}
                  {secretary ? <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 12 }}>{t('org.contact.add')}</Button> : null}
                </>
              )}
            </Form.List>
            {secretary ? <Button type="primary" htmlType="submit" size="large" block loading={save.isPending} data-testid="org-save">{t('app.save')}</Button> : null}
          </Form>
        </Card>
      </Space>
    </>
  );
}
