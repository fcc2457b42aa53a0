import { Button, Card, Col, DatePicker, List, Row, Statistic, Tag, Typography, Alert, Space, Skeleton, Empty } from 'antd';
import { FullscreenOutlined, FullscreenExitOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { EChart } from '../../components/EChart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PageHeader } from '../../components/PageHeader';
import type { MessageKey } from '../../lib/i18n/messages';
import { useCurrentCadence, useMonthlyStats, useOverview } from './api';
import { OLDEST_PENDING_RECEIPTS_QUERY, OPEN_DEMANDS_QUERY, overviewPeriod, PAIRINGS_QUERY } from './requests';
import { countsOption, coverageOption, monthlyByTypeOption } from './charts';
import { useDemands, useDistrictReceipts, usePairings } from '../pairings/api';
import { standingColour } from '../pairings/cadence';
import { LedgerDownload } from '../ledger/LedgerDownload';

const REFRESH = 60_000;

export default function OverviewPage() {
  const { t, label, number, percent, date } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const [from, to] = overviewPeriod(params);
  const screen = params.get('screen') === '1';
  const refresh = screen ? REFRESH : undefined;
  const overview = useOverview(from, to, refresh);
  const monthly = useMonthlyStats(refresh);
  const cadence = useCurrentCadence(refresh);
  const pairings = usePairings(PAIRINGS_QUERY);
  const demands = useDemands(OPEN_DEMANDS_QUERY);
  const committee = session.canEdit || session.has('city-admin');
  const oldestPending = useDistrictReceipts(OLDEST_PENDING_RECEIPTS_QUERY, committee);
  const titles = useMemo(() => new Map((pairings.data?.items ?? []).map((p) => [p.id, p.title])), [pairings.data]);

  const setParam = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    setParams(next);
  };
  const toggleScreen = () => {
    if (!screen && document.fullscreenEnabled) document.documentElement.requestFullscreen().catch(() => undefined);
    if (screen && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    setParam({ screen: screen ? undefined : '1' });
  };

  const o = overview.data;
  const cadenceCounts: Record<string, number> = {};
  (cadence.data?.items ?? []).forEach((c) => { cadenceCounts[c.status] = (cadenceCounts[c.status] ?? 0) + 1; });
  const atRisk = (cadence.data?.items ?? []).filter((c) => c.status === 'AT_RISK' || c.status === 'MISSED');
  const overdueIds = o?.activities?.pairings.overdueIds ?? [];
  const troubled = [
    ...overdueIds.map((id) => ({ id, status: 'MISSED' })),
    ...atRisk.filter((c) => !overdueIds.includes(c.pairingId)).map((c) => ({ id: c.pairingId, status: c.status })),
  ];

  const content = (
    <>
      <PageHeader
        title={t('overview.title')}
        sub={<span data-testid="district">{session.districtName}</span>}
        extra={<>
          <span>{t('overview.range')}</span>
          <DatePicker.RangePicker
            aria-label={t('overview.range')}
            allowClear={false}
            value={[dayjs(from), dayjs(to)]}
            onChange={(range) => range && setParam({ from: range[0]!.format('YYYY-MM-DD'), to: range[1]!.format('YYYY-MM-DD') })}
          />
          <Button icon={screen ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={toggleScreen}>
            {t(screen ? 'overview.exitBigScreen' : 'overview.bigScreen')}
          </Button>
        </>}
      />
      {session.has('district-admin', 'city-admin') && !screen ? <Card size="small" style={{ marginBottom: 16 }}><LedgerDownload /></Card> : null}
      {overview.isError ? <ProblemAlert error={overview.error} onRetry={() => overview.refetch()} /> : null}
      {o && o.unavailable.length > 0 ? (
        <div data-testid="unavailable"><Alert type="warning" showIcon style={{ marginBottom: 16 }}
          message={t('overview.unavailable', { services: o.unavailable.map((s) => t(`service.${s}` as MessageKey)).join('、') })} /></div>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8} xl={4}>
          <Card><Statistic title={t('overview.organizations')} loading={overview.isPending}
            valueRender={() => <span data-testid="organizations-total">{number(o?.organizations?.total)}</span>} /></Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card><Statistic title={t('overview.twoNew')} loading={overview.isPending}
            valueRender={() => <span data-testid="organizations-two-new">{number(o?.organizations?.twoNew)}</span>} /></Card>
        </Col>
        <Col xs={24} md={8} xl={6}>
          <Card><Statistic title={t('overview.coverage')} loading={overview.isPending}
            valueRender={() => <span data-testid="coverage-rate">{percent(o?.coverage?.rate)}</span>} />
            <Typography.Text type="secondary">
              <span data-testid="coverage-paired" hidden>{o?.coverage?.twoNewPaired}</span>
              <span data-testid="coverage-total" hidden>{o?.coverage?.twoNewTotal}</span>
              {t('overview.coveragePaired', { paired: number(o?.coverage?.twoNewPaired), total: number(o?.coverage?.twoNewTotal) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={12} xl={5}>
          <Card><Statistic title={t('overview.activities')} loading={overview.isPending}
            valueRender={() => <span data-testid="activities-total">{number(o?.activities?.total)}</span>} />
            <Typography.Text type="secondary" data-testid="attendance">
              {t('activity.attendance.row', {
                full: number(o?.activities?.attendance.full), probationary: number(o?.activities?.attendance.probationary),
                others: number(o?.activities?.attendance.others),
              })}
            </Typography.Text>
            <span data-testid="attendance-full" hidden>{o?.activities?.attendance.full}</span>
          </Card>
        </Col>
        <Col xs={12} md={12} xl={5}>
          <Card><Statistic title={t('overview.receiptsPending')} loading={overview.isPending}
            valueRender={() => <span data-testid="receipts-pending">{number(o?.receipts?.pending)}</span>} />
            <Typography.Text type="secondary">
              {t('overview.receiptsOf', { required: number(o?.receipts?.required), acknowledged: number(o?.receipts?.acknowledged) })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={8}>
          <Card title={t('overview.chart.coverage')}>
            {o?.coverage ? <EChart label={t('overview.chart.coverage')} testId="chart-coverage"
              option={coverageOption(o.coverage.twoNewPaired, o.coverage.twoNewTotal, { paired: t('overview.chart.paired'), unpaired: t('overview.chart.unpaired') })} />
              : overview.isPending ? <Skeleton active /> : <Empty description={t('app.empty')} />}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t('overview.chart.activitiesByMonth')}>
            {monthly.error ? <ProblemAlert error={monthly.error} /> : monthly.isPending ? <Skeleton active /> : (
              <EChart label={t('overview.chart.activitiesByMonth')} testId="chart-monthly"
                option={monthlyByTypeOption(monthly.months, monthly.byType, (k) => label('activityType', k))} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.chart.pairingsByStatus')}>
            {o?.coverage ? <EChart label={t('overview.chart.pairingsByStatus')} testId="pairings-by-status"
              option={countsOption(o.coverage.pairingsByStatus, (k) => label('pairingStatus', k))} />
              : overview.isPending ? <Skeleton active /> : <Empty description={t('app.empty')} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.chart.cadence')}>
            {cadence.isError ? <ProblemAlert error={cadence.error} /> : cadence.isPending ? <Skeleton active /> : (
              <EChart label={t('overview.chart.cadence')} testId="chart-cadence"
                option={countsOption(cadenceCounts, (k) => label('cadence', k), standingColour('OK'))} />
            )}
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={<>{t('overview.list.overdue')} <Tag data-testid="overdue-count">{troubled.length}</Tag></>}>
            <div data-testid="overdue-pairings"><List size="small" dataSource={troubled} locale={{ emptyText: t('app.empty') }}
              renderItem={(p) => (
                <List.Item>
                  {session.canEdit || session.has('city-admin')
                    ? <Link to={`/pairings/${p.id}`}>{titles.get(p.id) ?? p.id}</Link>
                    : <span>{titles.get(p.id) ?? p.id}</span>}
                  <Tag color={standingColour(p.status)}>{label('cadence', p.status)}</Tag>
                </List.Item>
              )} /></div>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.list.unpaired')}>
            <div data-testid="unpaired-organizations"><List size="small" dataSource={o?.coverage?.unpaired ?? []} locale={{ emptyText: t('app.empty') }}
              renderItem={(u) => (
                <List.Item actions={session.canEdit ? [<Link key="p" to={`/pairings?propose=${u.id}`}>{t('overview.list.proposePairing')}</Link>] : []}>
                  {session.canEdit ? <Link to={`/organizations?id=${u.id}`}>{u.name}</Link> : u.name}
                  <Tag>{label('sector', u.sector)}</Tag>
                </List.Item>
              )} /></div>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.list.receipts')} extra={committee ? <Link to="/receipts">{t('nav.receipts')}</Link> : null}>
            <Space size="large">
              <Statistic title={t('receiptStatus.PENDING')} value={o?.receipts?.pending ?? '—'} />
              <Statistic title={t('receiptStatus.ACKNOWLEDGED')} value={o?.receipts?.acknowledged ?? '—'} />
            </Space>
            {committee ? (
              <div data-testid="pending-receipts"><List size="small" loading={oldestPending.isPending} dataSource={oldestPending.data?.items ?? []}
                locale={{ emptyText: t('app.empty') }}
                renderItem={(r) => (
                  <List.Item>
                    {r.pairingId ? <Link to={`/pairings/${r.pairingId}`}>{titles.get(r.pairingId) ?? r.title}</Link> : r.title}
                    <Space>{r.recipientName}{r.overdue ? <Tag color="red">{t('receipt.overdue')}</Tag> : null}<span>{date(r.createdAt)}</span></Space>
                  </List.Item>
                )} /></div>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.list.demands')} extra={session.canEdit ? <Link to="/demands">{t('nav.demands')}</Link> : null}>
            {demands.isError ? <ProblemAlert error={demands.error} /> : (
              <List size="small" loading={demands.isPending} dataSource={demands.data?.items ?? []} locale={{ emptyText: t('app.empty') }}
                renderItem={(d) => (
                  <List.Item>
                    {session.canEdit ? <Link to={`/pairings/${d.pairingId}`}>{d.title}</Link> : d.title}
                    <Space>{d.overdue ? <Tag color="red">{t('demand.overdue')}</Tag> : null}<span>{date(d.dueOn)}</span></Space>
                  </List.Item>
                )} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
  if (!screen) return content;
  return (
    <div data-testid="big-screen" style={{ position: 'fixed', inset: 0, zIndex: 1000, overflow: 'auto', background: '#f5f5f5', padding: 24 }}>
      {content}
    </div>
  );
}
