import { Alert, App, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { ApiOutlined, PlusOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import { ProblemAlert, useProblemText } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import {
  addWebhook, enableWebhook, portalKeys, testWebhook, useWebhookAttempts, useWebhooks, type WebhookEndpoint,
} from './api';
import { attemptSummary } from './logic';

/**
 * A secretary's webhook endpoints of its organization: add one (its signing secret shown once), send a test delivery,
 * read the recent attempts with their status and response time, enable a disabled one again.
 */
export function WebhookEndpoints() {
  const { t } = useI18n();
  const endpoints = useWebhooks(true);
  return (
    <Card size="small" title={<Space><ApiOutlined />{t('portal.webhook.title')}</Space>} data-testid="webhooks">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('portal.webhook.intro')}</Typography.Paragraph>
      <QueryState query={endpoints}>
        {(list) => list.length === 0
          ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.webhook.none')} />
          : <Space direction="vertical" style={{ width: '100%' }}>{list.map((e) => <Endpoint key={e.id} endpoint={e} />)}</Space>}
      </QueryState>
      <AddEndpoint />
    </Card>
  );
}

function Endpoint({ endpoint: e }: { endpoint: WebhookEndpoint }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const attempts = useWebhookAttempts(e.id, true);
  const test = useMutation({
    mutationFn: () => testWebhook(e.id),
    onSuccess: (answer) => {
      const s = attemptSummary(answer.data);
      (s.ok ? message.success : message.warning)(t('portal.webhook.tested', { status: s.status, ms: s.ms }));
      client.invalidateQueries({ queryKey: portalKeys.webhooks });
    },
    onError: (err) => message.error(problemText(err).title),
  });
  const enable = useMutation({
    mutationFn: () => enableWebhook(e.id),
    onSuccess: () => {
      message.success(t('portal.webhook.enabled'));
      client.invalidateQueries({ queryKey: portalKeys.webhooks });
    },
    onError: (err) => message.error(problemText(err).title),
  });
  return (
    <Card size="small" type="inner" data-testid="webhook" data-enabled={String(e.enabled)}>
      <Typography.Text strong style={{ wordBreak: 'break-all' }} data-testid="webhook-url">{e.url}</Typography.Text>
      {e.description ? <div><Typography.Text type="secondary">{e.description}</Typography.Text></div> : null}
      <div style={{ margin: '4px 0' }}>
        {e.enabled
          ? <Tag color="green">{t('portal.webhook.active')}</Tag>
          : <Tag color="red" data-testid="webhook-disabled">{t('portal.webhook.disabled', { n: e.consecutiveFailures })}</Tag>}
      </div>
      <Space wrap>
        <Button icon={<SendOutlined />} loading={test.isPending} disabled={test.isPending} onClick={() => test.mutate()} data-testid="webhook-test">{t('portal.webhook.test')}</Button>
        {!e.enabled ? (
          <Button type="primary" icon={<ReloadOutlined />} loading={enable.isPending} disabled={enable.isPending} onClick={() => enable.mutate()} data-testid="webhook-enable">
            {t('portal.webhook.enable')}
          </Button>
        ) : null}
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>{t('portal.webhook.attempts')}</Typography.Text>
      {(attempts.data?.items ?? []).length === 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('portal.webhook.noAttempts')}</Typography.Text> : (
        <List size="small" dataSource={attempts.data?.items ?? []} rowKey="id" renderItem={(a) => {
          const s = attemptSummary(a);
          return (
            <List.Item data-testid="webhook-attempt" data-ok={String(s.ok)} style={{ paddingLeft: 0, paddingRight: 0 }}>
              <Space wrap size={4} style={{ fontSize: 12 }}>
                <Tag color={s.ok ? 'green' : 'red'}>{t(s.ok ? 'portal.webhook.ok' : 'portal.webhook.failed')}</Tag>
                {a.test ? <Tag>{t('portal.webhook.testTag')}</Tag> : null}
                <Typography.Text style={{ fontSize: 12 }}>{t('portal.webhook.attempt', { status: s.status, ms: s.ms })}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dateTime(a.attemptedAt)}</Typography.Text>
              </Space>
            </List.Item>
          );
        }} />
      )}
    </Card>
  );
}

/** A refused address (the API's reason beside the field) keeps what was typed. */
function AddEndpoint() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [form] = Form.useForm<{ url: string; description?: string }>();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (v: { url: string; description?: string }) => addWebhook({ url: v.url.trim(), description: v.description || undefined }),
    onSuccess: (answer) => {
      setSecret(answer.data.secret ?? null);
      form.resetFields();
      setOpen(false);
      client.invalidateQueries({ queryKey: portalKeys.webhooks });
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <div style={{ marginTop: 12 }}>
      {secret ? (
        <Alert type="success" showIcon closable onClose={() => setSecret(null)} style={{ marginBottom: 8 }}
          message={t('portal.webhook.added')} description={<Typography.Text copyable code data-testid="webhook-secret">{secret}</Typography.Text>} />
      ) : null}
      {!open ? <Button icon={<PlusOutlined />} block onClick={() => setOpen(true)} data-testid="webhook-add">{t('portal.webhook.add')}</Button> : (
        <>
          {problem ? <ProblemAlert error={problem} /> : null}
          <Form form={form} layout="vertical" onFinish={(v) => { setProblem(null); add.mutate(v); }} data-testid="webhook-form">
            <Form.Item name="url" label={t('portal.webhook.url')} rules={[{ required: true, whitespace: true, message: t('portal.webhook.url') }]}>
              <Input inputMode="url" placeholder="https://" />
            </Form.Item>
            <Form.Item name="description" label={t('portal.webhook.description')}>
              <Input maxLength={200} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={add.isPending} disabled={add.isPending} data-testid="webhook-save">{t('app.save')}</Button>
              <Button onClick={() => setOpen(false)}>{t('app.cancel')}</Button>
            </Space>
          </Form>
        </>
      )}
    </div>
  );
}
