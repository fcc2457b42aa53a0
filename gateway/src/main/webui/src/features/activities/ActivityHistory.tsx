import { Table, Typography } from 'antd';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useHistory } from './api';
import { actorOf, formatValue, shownChanges, type HistoryEntry, type HistoryFormat } from './history';

/** Every change of an activity: when, who, what, why, and each field's value before and after. */
export function ActivityHistory({ id, name }: { id: string; name: (organizationId: string) => string }) {
  const { t, label, dateTime } = useI18n();
  const history = useHistory(id);
  const f: HistoryFormat = { name, dateTime, label, t };
  return (
    <QueryState query={history} isEmpty={(p) => p.items.length === 0}>
      {(page) => (
        <div data-testid="history"><Table<HistoryEntry> size="small" rowKey="version" pagination={false} dataSource={page.items} scroll={{ x: 'max-content' }}
          columns={[
            { title: t('activity.history.when'), dataIndex: 'at', render: (v: string) => dateTime(v) },
            { title: t('activity.history.action'), dataIndex: 'action', render: (v: string) => label('activityAction', v) },
            { title: t('activity.history.who'), key: 'who', render: (_, e) => actorOf(e, f) },
            { title: t('activity.history.reason'), dataIndex: 'reason', render: (v?: string | null) => v ?? '—' },
            {
              title: t('activity.history.changes'), key: 'changes',
              render: (_, e) => (
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {shownChanges(e).map((c) => (
                    <li key={c.field}>
                      <Typography.Text strong>{label('activityField', c.field)}</Typography.Text>{'：'}
                      <Typography.Text delete type="secondary">{formatValue(c.field, c.before, f)}</Typography.Text>
                      {' → '}
                      <Typography.Text>{formatValue(c.field, c.after, f)}</Typography.Text>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]} /></div>
      )}
    </QueryState>
  );
}
