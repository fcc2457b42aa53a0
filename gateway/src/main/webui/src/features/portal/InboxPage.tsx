import { App, Badge, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useProblemText } from '../../components/ProblemAlert';
import { acknowledge, markRead, portalKeys, useInbox, type Notice } from './api';

/** The caller's notices, newest first; opening one marks it read, a pairing notice is acknowledged (签收) in one tap. */
export default function InboxPage() {
  const { t } = useI18n();
  const inbox = useInbox();
  return (
    <>
      <PageHeader title={t('inbox.title')} />
      <QueryState query={inbox} rows={5}>
        {(page) => page.items.length === 0 ? <Empty description={t('inbox.empty')} /> : (
          <List dataSource={page.items} rowKey="id" renderItem={(n) => <NoticeItem notice={n} />} />
        )}
      </QueryState>
    </>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const refresh = (answer: Notice) => {
    client.setQueryData(portalKeys.inbox, (old: { items: Notice[] } | undefined) => old && { ...old, items: old.items.map((n) => (n.id === answer.id ? answer : n)) });
    client.invalidateQueries({ queryKey: portalKeys.unread });
  };
  const read = useMutation({ mutationFn: () => markRead(notice.id), onSuccess: (a) => refresh(a.data) });
  const ack = useMutation({
    mutationFn: () => acknowledge(notice.id),
    onSuccess: (a) => {
      refresh(a.data);
      message.success(t('inbox.acknowledged', { at: dateTime(a.data.acknowledgedAt) }));
    },
    onError: (e) => message.error(problemText(e).title),
  });
  const toggle = () => {
    setOpen(!open);
    if (!notice.readAt && !read.isPending) read.mutate();
  };
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="notice" data-notice-type={notice.type}>
      <div onClick={toggle} role="button" tabIndex={0} onKeyDown={(e) => { if (e.key === 'Enter') toggle(); }} style={{ cursor: 'pointer' }}>
        <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Space wrap size={4}>
              {!notice.readAt ? <Badge status="processing" text={t('inbox.unread')} /> : null}
              {notice.receiptRequired && !notice.acknowledgedAt ? <Tag color="red">{t('inbox.receiptRequired')}</Tag> : null}
            </Space>
            <Typography.Text strong data-testid="notice-title">{notice.title}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dateTime(notice.createdAt)}</Typography.Text>
          </Space>
        </Space>
      </div>
      {open ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }} data-testid="notice-body">{notice.body}</Typography.Paragraph> : null}
      {notice.receiptRequired ? (
        notice.acknowledgedAt
          ? <Tag icon={<CheckCircleOutlined />} color="green" data-testid="acknowledged">{t('inbox.acknowledged', { at: dateTime(notice.acknowledgedAt) })}</Tag>
          : (
            <Button type="primary" block size="large" style={{ marginTop: 8 }} data-testid="acknowledge"
              loading={ack.isPending} disabled={ack.isPending || ack.isSuccess} onClick={() => ack.mutate()}>
              {t('inbox.acknowledge')}
            </Button>
          )
      ) : null}
    </Card>
  );
}
