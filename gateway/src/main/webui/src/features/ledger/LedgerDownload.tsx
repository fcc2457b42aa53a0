import { Alert, Button, DatePicker, Select, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { defaultRange, ledgerUrl, rangeProblem, type LedgerFormat } from './ledger';

/**
 * Downloads the ledger (台账) for a date range as .xlsx or as a zip of CSV files: the committee's district, or a
 * secretary's own organization (the API decides by the caller).
 */
export function LedgerDownload() {
  const { t, language } = useI18n();
  const [[from, to], setRange] = useState<[string, string]>(defaultRange());
  const [format, setFormat] = useState<LedgerFormat>('xlsx');
  const problem = rangeProblem(from, to);
  return (
    <Space wrap data-testid="ledger-download">
      <Typography.Text>{t('ledger.title')}</Typography.Text>
      <DatePicker.RangePicker
        aria-label={t('ledger.range')}
        allowClear={false}
        value={[dayjs(from), dayjs(to)]}
        onChange={(range) => range && setRange([range[0]!.format('YYYY-MM-DD'), range[1]!.format('YYYY-MM-DD')])}
      />
      <Select<LedgerFormat>
        aria-label={t('ledger.format')}
        value={format}
        onChange={setFormat}
        options={[{ value: 'xlsx', label: t('ledger.format.xlsx') }, { value: 'csv', label: t('ledger.format.csv') }]}
        style={{ width: 160 }}
      />
      <Button type="primary" icon={<DownloadOutlined />} disabled={problem !== null}
        href={problem ? undefined : ledgerUrl(from, to, format, language)}>
        {t('ledger.download')}
      </Button>
      {problem ? <Alert type="warning" showIcon message={t(problem === 'order' ? 'ledger.problem.order' : 'ledger.problem.tooLong')} /> : null}
    </Space>
  );
}
