import { App, Button, Card, Empty, Form, Input, Rate, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldErrors } from '../../lib/api/formErrors';
import { evaluationKeys, rate, useAwaitingMyRating, type Evaluation } from './api';

/** A secretary rates the other side of each pairing whose evaluation asks for it; made for a phone. */
export default function RatePartnerPage() {
  const { t } = useI18n();
  const awaiting = useAwaitingMyRating();
  return (
    <>
      <PageHeader title={t('nav.rate')} sub={t('rate.intro')} />
      <QueryState query={awaiting} rows={4}>
        {(page) => page.items.length === 0 ? <Empty description={t('rate.none')} /> : (
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            {page.items.map((e) => <RateCard key={e.id} evaluation={e} />)}
          </Space>
        )}
      </QueryState>
    </>
  );
}

function RateCard({ evaluation }: { evaluation: Evaluation }) {
  const { t, date } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const client = useQueryClient();
  const [form] = Form.useForm<{ rating?: number; remarks?: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const send = useMutation({
    mutationFn: (v: { rating?: number; remarks?: string }) => rate(evaluation, { rating: v.rating ?? 0, remarks: v.remarks }),
    onSuccess: () => {
      message.success(t('rate.sent'));
      client.invalidateQueries({ queryKey: evaluationKeys.all });
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  const reload = () => { setProblem(null); client.invalidateQueries({ queryKey: evaluationKeys.all }); };
  return (
    <Card size="small" data-testid="rate-card" title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{evaluation.pairingTitle}</Typography.Text>}>
      <Space direction="vertical" style={{ width: '100%' }} size={8}>
        <Space wrap size={4}>
          <Tag color="orange">{t('rate.period', { from: date(evaluation.periodStart), to: date(evaluation.periodEnd) })}</Tag>
        </Space>
        {problem ? <ProblemAlert error={problem} onReload={reload} /> : null}
        <Form form={form} layout="vertical" disabled={!session.me.organizationId}
          onFinish={(v) => { setProblem(null); send.mutate(v); }}>
          <Form.Item name="rating" label={t('rate.rating')} rules={[{ required: true, message: t('rate.ratingRequired') }]}>
            <Rate style={{ fontSize: 32 }} aria-label={t('rate.rating')} />
          </Form.Item>
          <Form.Item name="remarks" label={t('rate.remarks')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={send.isPending}>{t('rate.submit')}</Button>
        </Form>
      </Space>
    </Card>
  );
}
