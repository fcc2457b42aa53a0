import type { ComponentType } from 'react';
import { committeePageOf, portalPageOf, type CommitteePage, type PortalPage } from './routes';

export const operationLog = () => import('../features/operationLog/OperationLogPage');

/** The code of each committee page, loaded when first needed (the overview's charts only on the overview). */
export const COMMITTEE_PAGES: Record<CommitteePage, () => Promise<{ default: ComponentType }>> = {
  overview: () => import('../features/overview/OverviewPage'),
  organizations: () => import('../features/organizations/OrganizationsPage'),
  import: () => import('../features/organizations/ImportPage'),
  pairings: () => import('../features/pairings/PairingsPage'),
  pairing: () => import('../features/pairings/PairingPage'),
  activities: () => import('../features/activities/ActivitiesPage'),
  activity: () => import('../features/activities/ActivityPage'),
  demands: () => import('../features/demands/DemandsPage'),
  receipts: () => import('../features/receipts/ReceiptsPage'),
  rankings: () => import('../features/evaluations/RankingsPage'),
  operationLog,
};
export const PORTAL_PAGES: Record<PortalPage, () => Promise<{ default: ComponentType }>> = {
  inbox: () => import('../features/portal/InboxPage'),
  myPairings: () => import('../features/portal/MyPairingsPage'),
  myPairing: () => import('../features/portal/MyPairingPage'),
  myActivity: () => import('../features/portal/MyActivityPage'),
  myDemands: () => import('../features/portal/MyDemandsPage'),
  myDemand: () => import('../features/portal/MyDemandPage'),
  myOrganization: () => import('../features/portal/MyOrganizationPage'),
  calendar: () => import('../features/portal/CalendarPage'),
  settings: () => import('../features/portal/SettingsPage'),
  rate: () => import('../features/evaluations/RatePartnerPage'),
  myOperationLog: operationLog,
};
// The page the browser opened on starts loading now: this module is the first the app runs (see main.tsx), so the
// page's code arrives while Ant Design and the layout are evaluated and the session is read, not after them.
const opening = committeePageOf(window.location.pathname);
if (opening) void COMMITTEE_PAGES[opening]();
const openingPortal = portalPageOf(window.location.pathname);
if (openingPortal) void PORTAL_PAGES[openingPortal]();
