import { Card, Empty, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import type { MessageKey } from '../../lib/i18n/messages';
import { useActivityHistory, type PortalPairing } from './api';
import { attendanceTotal, historyChanges } from './logic';
import { useOrgLabel } from './orgLabel';

/** Every change of an activity, oldest first: what, who (for which organization), when, why, and what it changed. */
export function ActivityHistory({ activityId, pairing, version }: { activityId: string; pairing?: PortalPairing; version: number }) {
  const { t, dateTime } = useI18n();
  const orgLabel = useOrgLabel();
  const history = useActivityHistory(activityId);
  const { refetch } = history;
  useEffect(() => { void refetch(); }, [version, refetch]);
  const entries = history.data?.items ?? [];
  const field = (name: string) => {
    const key = `portal.history.field.${name}`;
    const text = t(key as MessageKey);
    return text === key ? name : text;
  };
  const action = (name: string) => {
    const key = `portal.history.action.${name}`;
    const text = t(key as MessageKey);
    return text === key ? name : text;
  };
  return (
    <Card size="small" title={t('portal.history.title')} loading={history.isPending} data-testid="activity-history">
      {entries.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('app.empty')} /> : (
        <Timeline items={entries.map((e) => {
          const changes = historyChanges(e);
          const attendance = e.changes.find((c) => c.field === 'attendance');
          const named = changes.filter((c) => c.before === undefined && c.field !== 'attendance');
          return {
            key: e.version,
            color: e.action === 'DISPUTED' ? 'red' : e.action === 'CONFIRMED' ? 'green' : 'blue',
            children: (
              <div data-testid="history-entry" data-action={e.action}>
                <Typography.Text strong>{action(e.action)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {(e.organizationId ? orgLabel(e.organizationId, pairing) : t('portal.history.committee'))} · {dateTime(e.at)}
                  </Typography.Text>
                </div>
                {e.reason ? <div><Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{t('portal.history.reason', { reason: e.reason })}</Typography.Text></div> : null}
                {e.action === 'CORRECTED' ? changes.filter((c) => c.before !== undefined).map((c) => (
                  <div key={c.field} style={{ fontSize: 12 }}>
                    <Typography.Text type="secondary">{field(c.field)}：</Typography.Text>
                    <Typography.Text delete type="secondary">{c.before}</Typography.Text>{' → '}
                    <Typography.Text>{c.after}</Typography.Text>
                  </div>
                )) : null}
                {e.action === 'CORRECTED' && attendance ? (
                  <div style={{ fontSize: 12 }}>
                    <Typography.Text>{t('portal.history.attendance', { before: attendanceTotal(attendance.before), after: attendanceTotal(attendance.after) })}</Typography.Text>
                  </div>
                ) : null}
                {e.action === 'CORRECTED' && named.length > 0 ? (
                  <div style={{ fontSize: 12 }}><Typography.Text type="secondary">{t('portal.history.changed', { fields: named.map((c) => field(c.field)).join('、') })}</Typography.Text></div>
                ) : null}
              </div>
            ),
          };
        })} />
      )}
    </Card>
  );
}
