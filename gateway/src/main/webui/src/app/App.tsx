import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { I18nProvider, useI18n } from '../lib/i18n/I18nProvider';
import { SessionProvider, useMe } from '../lib/session/SessionProvider';
import { ApiError } from '../lib/api/problem';
import { ProblemAlert } from '../components/ProblemAlert';
import { RequireRole } from '../components/RequireRole';
import { AppLayout } from './AppLayout';
import { OverviewPage } from '../features/overview/OverviewPage';

const OrganizationsPage = lazy(() => import('../features/organizations/OrganizationsPage'));
const ImportPage = lazy(() => import('../features/organizations/ImportPage'));
const PairingsPage = lazy(() => import('../features/pairings/PairingsPage'));
const PairingPage = lazy(() => import('../features/pairings/PairingPage'));
const ActivitiesPage = lazy(() => import('../features/activities/ActivitiesPage'));
const ActivityPage = lazy(() => import('../features/activities/ActivityPage'));
const DemandsPage = lazy(() => import('../features/demands/DemandsPage'));
const ReceiptsPage = lazy(() => import('../features/receipts/ReceiptsPage'));

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

function Signed() {
  const me = useMe();
  const { t } = useI18n();
  if (me.isPending) return <Spin fullscreen tip={t('app.loading')} />;
  if (me.isError) {
    if (me.error.kind === 'unauthenticated') {
      window.location.reload();
      return null;
    }
    return <Result status="error" title={t('error.title')} extra={<ProblemAlert error={me.error} onRetry={() => me.refetch()} />} />;
  }
  const page = (node: React.ReactNode) => (
    <RequireRole roles={[...COMMITTEE]}>
      <Suspense fallback={<Spin />}>{node}</Suspense>
    </RequireRole>
  );
  return (
    <SessionProvider me={me.data}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<RequireRole roles={[...COMMITTEE, 'dashboard-reader']}><OverviewPage /></RequireRole>} />
          <Route path="organizations" element={page(<OrganizationsPage />)} />
          <Route path="organizations/import" element={page(<ImportPage />)} />
          <Route path="pairings" element={page(<PairingsPage />)} />
          <Route path="pairings/:id" element={page(<PairingPage />)} />
          <Route path="activities" element={page(<ActivitiesPage />)} />
          <Route path="activities/:id" element={page(<ActivityPage />)} />
          <Route path="demands" element={page(<DemandsPage />)} />
          <Route path="receipts" element={page(<ReceiptsPage />)} />
          <Route path="*" element={<Result status="404" title="404" subTitle={t('error.notFound')} />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}

function Localized() {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={{ token: { colorPrimary: '#c8161d', borderRadius: 4 } }}>
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
