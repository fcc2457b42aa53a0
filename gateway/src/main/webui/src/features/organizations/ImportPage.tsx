import { Alert, Button, Card, Space, Steps, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { ApiError } from '../../lib/api/problem';
import { downloadUrl } from '../../lib/api/client';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { importSheet, organizationKeys, type ImportReport } from './api';

/** Template, upload, the dry run's row report, then the import itself. */
export default function ImportPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation<ImportReport, unknown, File>({ mutationFn: async (f) => (await importSheet(f, true)).data });
  const run = useMutation<ImportReport, unknown, File>({
    mutationFn: async (f) => (await importSheet(f, false)).data,
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.all }),
  });
  const refused = check.error instanceof ApiError && check.error.rows.length > 0 ? check.error : null;
  const step = run.isSuccess ? 2 : check.isSuccess ? 1 : 0;
  return (
    <>
      <PageHeader title={`${t('org.title')} · ${t('org.import')}`}
        extra={<Button icon={<DownloadOutlined />} href={downloadUrl('/api/organizations/import-template')}>{t('org.import.template')}</Button>} />
      <Card>
        <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: t('org.import.check') }, { title: t('org.import.run') }, { title: t('app.confirm') }]} />
        <Space wrap style={{ marginBottom: 16 }}>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => { setFile(f); check.reset(); run.reset(); return false; }}
            onRemove={() => { setFile(null); check.reset(); run.reset(); }}
          >
            <Button icon={<UploadOutlined />} data-testid="import-choose">{t('org.import.choose')}</Button>
          </Upload>
          <Button disabled={!file} loading={check.isPending} onClick={() => file && check.mutate(file)} data-testid="import-check">{t('org.import.check')}</Button>
          <Button type="primary" disabled={!file || !check.isSuccess || run.isSuccess} loading={run.isPending}
            onClick={() => file && run.mutate(file)} data-testid="import-run">{t('org.import.run')}</Button>
        </Space>
        {check.isSuccess ? <div data-testid="import-ok"><Alert type="success" showIcon message={t('org.import.ok', { rows: check.data.rows })} style={{ marginBottom: 16 }} /></div> : null}
        {run.isSuccess ? <div data-testid="import-done"><Alert type="success" showIcon message={t('org.import.done', { imported: run.data.imported })} style={{ marginBottom: 16 }} /></div> : null}
        {run.isError ? <ProblemAlert error={run.error} /> : null}
        {check.isError && !refused ? <ProblemAlert error={check.error} /> : null}
        {refused ? (
          <>
            <div data-testid="import-bad"><Alert type="error" showIcon message={t('org.import.bad', { count: refused.rows.length })} description={refused.title} style={{ marginBottom: 16 }} /></div>
            <div data-testid="import-report"><Table size="small" rowKey={(r) => `${r.row}-${r.column}-${r.message}`} dataSource={refused.rows} pagination={false}
              columns={[
                { title: t('org.import.row'), dataIndex: 'row', width: 80 },
                { title: t('org.import.column'), dataIndex: 'column', width: 200 },
                { title: t('org.import.message'), dataIndex: 'message' },
              ]} /></div>
          </>
        ) : null}
      </Card>
    </>
  );
}
