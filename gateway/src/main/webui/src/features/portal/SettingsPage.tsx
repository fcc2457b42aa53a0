import { App, Button, Card, Form, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useSession } from '../../lib/session/SessionProvider';
import { savePreferences, usePreferences, type Preferences } from './api';
import { WebhookEndpoints } from './WebhookEndpoints';

/**
 * How the caller is told of notices: the inbox always, e-mail and webhook by choice, and in which language; a
 * secretary also manages the organization's webhook endpoints here.
 */
export default function SettingsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const prefs = usePreferences();
  return (
    <>
      <PageHeader title={t('prefs.title')} />
      <Card size="small">
        <QueryState query={prefs}>{({ data, etag }) => <PreferencesForm value={data} etag={etag} />}</QueryState>
      </Card>
      {me.roles.includes('branch-secretary') ? <div style={{ marginTop: 12 }}><WebhookEndpoints /></div> : null}
    </>
  );
}

function PreferencesForm({ value, etag }: { value: Preferences; etag?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Omit<Preferences, 'inbox'>>();
  const [problem, setProblem] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (v: Omit<Preferences, 'inbox'>) => savePreferences(v, etag),
    onSuccess: (answer) => {
      client.setQueryData(['portal', 'preferences'], answer);
      message.success(t('prefs.saved'));
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <>
      {problem ? <ProblemAlert error={problem} onReload={() => client.invalidateQueries({ queryKey: ['portal', 'preferences'] })} /> : null}
      <Form form={form} layout="horizontal" initialValues={value} onFinish={(v) => { setProblem(null); save.mutate(v); }} data-testid="prefs-form">
        <Form.Item label={t('prefs.inbox')}><Switch checked disabled /></Form.Item>
        <Form.Item name="email" label={t('prefs.email')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="webhook" label={t('prefs.webhook')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="language" label={t('prefs.language')}>
          <Select options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={save.isPending}>{t('app.save')}</Button>
      </Form>
    </>
  );
}
