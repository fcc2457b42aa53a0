import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { standingColour } from '../pairings/cadence';
import { useCurrentCadence } from './api';
import { dueInPeriod } from './logic';

/** This period's standing of a pairing and what is still due in it. */
export function CadenceStanding({ pairingId, active }: { pairingId: string; active: boolean }) {
  const { t, label, date } = useI18n();
  const cadence = useCurrentCadence(pairingId, active);
  const c = cadence.data;
  if (!active || !c) return null;
  const due = dueInPeriod(c);
  const lastDay = new Date(new Date(`${c.periodEnd}T00:00:00`).getTime() - 86_400_000);
  const by = `${lastDay.getFullYear()}-${String(lastDay.getMonth() + 1).padStart(2, '0')}-${String(lastDay.getDate()).padStart(2, '0')}`;
  return (
    <Space direction="vertical" size={2} data-testid="cadence-standing" data-standing={c.status}>
      <Space wrap size={4}>
        <Typography.Text type="secondary">{t('portal.thisPeriod', { period: c.period })}</Typography.Text>
        <Tag color={standingColour(c.status)}>{label('cadence', c.status)}</Tag>
      </Space>
      <Typography.Text>{t('cadence.kept', { kept: c.kept, required: c.required, awaiting: c.awaitingConfirmation, disputed: c.disputed })}</Typography.Text>
      <Typography.Text type={due.remaining > 0 ? 'warning' : 'success'} data-testid="cadence-due">
        {due.remaining > 0 ? t('portal.due', { remaining: due.remaining, by: date(by) }) : t('portal.dueNone')}
      </Typography.Text>
      {due.unconfirmed > 0 ? <Typography.Text type="secondary">{t('portal.awaitingConfirmation', { n: due.unconfirmed })}</Typography.Text> : null}
    </Space>
  );
}
