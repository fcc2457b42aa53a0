import { App, Button, Card, Input, Space, Typography } from 'antd';
import { CopyOutlined, CalendarOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFeedLink, useMyActivities } from './api';
import { feedAddress, webcalAddress } from './logic';
import { ActivityList } from './MyPairingPage';

/** The organization's calendar: the feed address to copy or scan, and the activities to come. */
export default function CalendarPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const link = useFeedLink(me.organizationId);
  const upcoming = useMyActivities({ organizationId: me.organizationId, status: 'PLANNED', from: new Date().toISOString().slice(0, 10), sort: 'startsAt,asc' });
  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Card size="small">
          <QueryState query={link}>
            {(l) => <FeedLink address={feedAddress(window.location.origin, l.url)} />}
          </QueryState>
        </Card>
        <Card size="small" title={t('portal.upcoming')}>
          <QueryState query={upcoming}>{(page) => <ActivityList items={page.items} />}</QueryState>
        </Card>
      </Space>
    </>
  );
}

function FeedLink({ address }: { address: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    QRCode.toDataURL(address, { width: 240, margin: 1 }).then(setQr).catch(() => setQr(undefined));
  }, [address]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
    } catch {
      const input = document.querySelector<HTMLInputElement>('[data-testid=feed-url]');
      input?.select();
      document.execCommand('copy');
    }
    message.success(t('calendar.copied'));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('calendar.intro')}</Typography.Paragraph>
      <Input readOnly value={address} data-testid="feed-url" onFocus={(e) => e.target.select()} />
      <Space wrap>
        <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="feed-copy">{t('calendar.copy')}</Button>
        <Button icon={<CalendarOutlined />} href={webcalAddress(address)}>{t('calendar.open')}</Button>
      </Space>
      {qr ? <img src={qr} alt={t('calendar.qr')} width={240} height={240} data-testid="feed-qr" style={{ alignSelf: 'center' }} /> : null}
    </Space>
  );
}
