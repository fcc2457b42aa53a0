import { App, Button, Empty, Image, Progress, Space, Typography, Upload } from 'antd';
import { CameraOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useProblemText } from '../../components/ProblemAlert';
import { portalKeys, uploadPhoto, useStoredPhotos } from './api';
import { uploadKey } from './logic';

interface Sending {
  uid: string;
  file: File;
  percent: number;
  failed?: string;
  /** The file's Idempotency-Key, the same on every try: the server stores the file once. */
  key: string;
}

/**
 * The photos of an activity as thumbnails, and the phone's camera to add more: each upload shows its progress; a
 * failed one is retried by a tap with the file's own Idempotency-Key, so a retry whose first try did reach the server
 * stores nothing twice.
 */
export function PhotoGallery({ activityId, title, canAdd }: { activityId: string; title: string; canAdd: boolean }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const client = useQueryClient();
  const photos = useStoredPhotos(activityId);
  const [sending, setSending] = useState<Sending[]>([]);
  const counter = useRef(0);
  const update = (uid: string, change: Partial<Sending>) => setSending((all) => all.map((s) => (s.uid === uid ? { ...s, ...change } : s)));

  const send = async (entry: Sending) => {
    update(entry.uid, { failed: undefined, percent: 0 });
    try {
      await uploadPhoto(activityId, entry.file, entry.key, language, (percent) => update(entry.uid, { percent }));
      setSending((all) => all.filter((s) => s.uid !== entry.uid));
      client.invalidateQueries({ queryKey: portalKeys.photos(activityId) });
    } catch (e) {
      const text = problemText(e);
      update(entry.uid, { failed: text.detail ?? text.title });
      message.error(t('photo.failed', { name: entry.file.name }));
    }
  };

  const add = (file: File) => {
    counter.current += 1;
    const entry: Sending = { uid: `${counter.current}`, file, percent: 0, key: uploadKey() };
    setSending((all) => [...all, entry]);
    void send(entry);
    return false;
  };

  const stored = photos.data ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canAdd ? (
        <Upload accept="image/*" capture="environment" multiple showUploadList={false} beforeUpload={add}>
          <Button icon={<CameraOutlined />} size="large" block data-testid="photo-add">{t('photo.add')}</Button>
        </Upload>
      ) : null}
      {sending.map((s) => (
        <div key={s.uid} data-testid={s.failed ? 'photo-failed' : 'photo-sending'}>
          <Typography.Text style={{ fontSize: 12 }}>{s.failed ? t('photo.failed', { name: s.file.name }) : t('photo.uploading', { name: s.file.name })}</Typography.Text>
          <Space style={{ width: '100%' }}>
            <Progress percent={s.percent} status={s.failed ? 'exception' : 'active'} style={{ width: 200 }} />
            {s.failed ? <Button size="small" icon={<ReloadOutlined />} onClick={() => void send(s)} data-testid="photo-retry">{t('photo.retry')}</Button> : null}
          </Space>
          {s.failed ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{s.failed}</Typography.Text> : null}
        </div>
      ))}
      {stored.length === 0 && sending.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('photo.none')} /> : (
        <Image.PreviewGroup>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))', gap: 8 }} data-testid="photo-gallery">
            {stored.map((p) => (
              <Image key={p.id} alt={p.fileName ?? title} data-testid="photo" style={{ width: '100%', aspectRatio: '1', objectFit: 'cover' }}
                src={`/api/activities/${activityId}/photos/${p.id}/thumbnail`} preview={{ src: `/api/activities/${activityId}/photos/${p.id}` }} />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Space>
  );
}
