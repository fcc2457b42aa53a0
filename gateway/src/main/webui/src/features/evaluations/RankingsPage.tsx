import { Select, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useRankings, type Ranked } from './api';
import { rankingYears, yearFrom } from './logic';

/** Pairings ranked by their latest final evaluation of a year; the year is in the URL. */
export default function RankingsPage() {
  const { t, label, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = yearFrom(params.get('year'), thisYear);
  const ranking = useRankings(year);
  return (
    <>
      <PageHeader title={t('nav.rankings')} sub={t('rankings.finalOnly')}
        extra={
          <Select aria-label={t('rankings.year')} value={year} style={{ width: 120 }}
            onChange={(y) => setParams({ year: String(y) })}
            options={rankingYears(thisYear).map((y) => ({ value: y, label: t('rankings.yearOption', { year: y }) }))} />
        } />
      <QueryState query={ranking} rows={6}>
        {(answer) => (
          <div data-testid="rankings">
          <Table<Ranked> rowKey="pairingId" dataSource={answer.items} pagination={false} size="middle" scroll={{ x: 640 }}
            columns={[
              { title: t('rankings.rank'), dataIndex: 'rank', width: 72 },
              { title: t('pairing.title'), dataIndex: 'title', render: (title: string, r) => <Link to={`/pairings/${r.pairingId}`}>{title}</Link> },
              { title: t('rankings.plaque'), dataIndex: 'plaqueNo' },
              { title: t('pairing.score'), dataIndex: 'score', width: 90 },
              { title: t('rankings.rating'), dataIndex: 'rating', render: (r: string) => <Tag>{label('rating', r)}</Tag> },
              { title: t('rankings.period'), key: 'period', render: (_, r) => `${date(r.periodStart)} – ${date(r.periodEnd)}` },
            ]} />
          </div>
        )}
      </QueryState>
    </>
  );
}
