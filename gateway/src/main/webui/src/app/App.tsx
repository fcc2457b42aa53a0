import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { I18nProvider, useI18n } from '../lib/i18n/I18nProvider';
import { SessionProvider, useMe, type Role } from '../lib/session/SessionProvider';
import { forgetMe, sessionStore } from '../lib/session/rememberedMe';
import { ApiError } from '../lib/api/problem';
import { ProblemAlert } from '../components/ProblemAlert';
import { RequireRole } from '../components/RequireRole';
import { AppLayout } from './AppLayout';
import { homeOf } from './menu';
import { NotFound } from '../components/NotFound';
import { COMMITTEE_PAGES, operationLog, PORTAL_PAGES } from './pages';
// the theme the build's style sheet was made for (scripts/antd-styles.mjs)
import theme from './theme.json';


const OverviewPage = lazy(COMMITTEE_PAGES.overview);
const OrganizationsPage = lazy(COMMITTEE_PAGES.organizations);
const ImportPage = lazy(COMMITTEE_PAGES.import);
const PairingsPage = lazy(COMMITTEE_PAGES.pairings);
const PairingPage = lazy(COMMITTEE_PAGES.pairing);
const ActivitiesPage = lazy(COMMITTEE_PAGES.activities);
const ActivityPage = lazy(COMMITTEE_PAGES.activity);
const DemandsPage = lazy(COMMITTEE_PAGES.demands);
const ReceiptsPage = lazy(COMMITTEE_PAGES.receipts);
const InboxPage = lazy(PORTAL_PAGES.inbox);
const MyPairingsPage = lazy(PORTAL_PAGES.myPairings);
const MyPairingPage = lazy(PORTAL_PAGES.myPairing);
const MyActivityPage = lazy(PORTAL_PAGES.myActivity);
const MyDemandsPage = lazy(PORTAL_PAGES.myDemands);
const MyDemandPage = lazy(PORTAL_PAGES.myDemand);
const MyOrganizationPage = lazy(PORTAL_PAGES.myOrganization);
const CalendarPage = lazy(PORTAL_PAGES.calendar);
const SettingsPage = lazy(PORTAL_PAGES.settings);
const RankingsPage = lazy(COMMITTEE_PAGES.rankings);
const RatePartnerPage = lazy(PORTAL_PAGES.rate);
const OperationLogPage = lazy(operationLog);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => error instanceof ApiError && error.kind === 'network' && count < 2,
    },
  },
});

const COMMITTEE = ['district-admin', 'city-admin'] as const;
const PORTAL = ['branch-secretary', 'enterprise-contact'] as const;

function Signed() {
  const me = useMe();
  const { t } = useI18n();
  if (me.isError && me.error.kind === 'unauthenticated') {
    forgetMe(sessionStore());
    window.location.reload();
    return null;
  }
  // a kept answer (same tab) shows the app while /api/me is renewed; a failed renewal leaves it shown
  if (me.data === undefined) {
    if (me.isError) {
      return <Result status="error" title={t('error.title')} extra={<ProblemAlert error={me.error} onRetry={() => me.refetch()} />} />;
    }
    return <Spin fullscreen tip={t('app.loading')} />;
  }
  const page = (node: React.ReactNode) => (
    <RequireRole roles={[...COMMITTEE]}>
      <Suspense fallback={<Spin />}>{node}</Suspense>
    </RequireRole>
  );
  const portal = (node: React.ReactNode, roles: readonly Role[] = PORTAL) => (
    <RequireRole roles={[...roles]} needsDistrict={false}>
      <Suspense fallback={<Spin />}>{node}</Suspense>
    </RequireRole>
  );
  const home = homeOf(me.data.roles);
  return (
    <SessionProvider me={me.data}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={home !== '/' ? <Navigate to={home} replace /> : <RequireRole roles={[...COMMITTEE, 'dashboard-reader']}><Suspense fallback={<Spin />}><OverviewPage /></Suspense></RequireRole>} />
          <Route path="organizations" element={page(<OrganizationsPage />)} />
          <Route path="organizations/import" element={page(<ImportPage />)} />
          <Route path="pairings" element={page(<PairingsPage />)} />
          <Route path="pairings/:id" element={page(<PairingPage />)} />
          <Route path="activities" element={page(<ActivitiesPage />)} />
          <Route path="activities/:id" element={page(<ActivityPage />)} />
          <Route path="demands" element={page(<DemandsPage />)} />
          <Route path="receipts" element={page(<ReceiptsPage />)} />
          <Route path="inbox" element={portal(<InboxPage />)} />
          <Route path="my/pairings" element={portal(<MyPairingsPage />)} />
          <Route path="my/pairings/:id" element={portal(<MyPairingPage />)} />
          <Route path="my/activities/:id" element={portal(<MyActivityPage />)} />
          <Route path="my/demands" element={portal(<MyDemandsPage />)} />
          <Route path="my/demands/:id" element={portal(<MyDemandPage />)} />
          <Route path="my/organization" element={portal(<MyOrganizationPage />)} />
          <Route path="my/calendar" element={portal(<CalendarPage />)} />
          <Route path="settings" element={portal(<SettingsPage />)} />
          <Route path="rankings" element={page(<RankingsPage />)} />
          <Route path="my/evaluations" element={portal(<RatePartnerPage />, ['branch-secretary'])} />
          <Route path="operation-log" element={page(<OperationLogPage />)} />
          <Route path="my/operation-log" element={portal(<OperationLogPage scope="organization" />, ['branch-secretary'])} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}

function Localized() {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme}>
      <AntApp>
        <Signed />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Localized />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  );
}
