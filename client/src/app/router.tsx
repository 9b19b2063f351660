import { lazy } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './pages/not-found-page';
import { OverviewPage } from './pages/overview-page';
import { RouteError } from './pages/route-error';

// The overview is in the entry chunk; every other screen loads on first visit, so the charts
// (Recharts) and the forms (react-hook-form) are not in the initial download.
const NewMissionPage = lazy(() => import('./pages/new-mission-page').then((m) => ({ default: m.NewMissionPage })));
const EditMissionPage = lazy(() => import('./pages/edit-mission-page').then((m) => ({ default: m.EditMissionPage })));
const MissionPage = lazy(() => import('./pages/mission-page').then((m) => ({ default: m.MissionPage })));
const NewAssessmentPage = lazy(() =>
  import('./pages/new-assessment-page').then((m) => ({ default: m.NewAssessmentPage })),
);
const EditAssessmentPage = lazy(() =>
  import('./pages/edit-assessment-page').then((m) => ({ default: m.EditAssessmentPage })),
);
const FactsheetPage = lazy(() => import('./pages/factsheet-page').then((m) => ({ default: m.FactsheetPage })));
const MethodologyPage = lazy(() => import('./pages/methodology-page').then((m) => ({ default: m.MethodologyPage })));
const ComparePage = lazy(() => import('./pages/compare-page').then((m) => ({ default: m.ComparePage })));
const FrozenReportPage = lazy(() =>
  import('./pages/frozen-report-page').then((m) => ({ default: m.FrozenReportPage })),
);
const ReportingPage = lazy(() => import('./pages/reporting-page').then((m) => ({ default: m.ReportingPage })));
const MyWorkPage = lazy(() => import('./pages/my-work-page').then((m) => ({ default: m.MyWorkPage })));
const ImportPage = lazy(() => import('./pages/import-page').then((m) => ({ default: m.ImportPage })));
const AdminUsersPage = lazy(() => import('./pages/admin-users-page').then((m) => ({ default: m.AdminUsersPage })));
const AdminIndicatorsPage = lazy(() =>
  import('./pages/admin-indicators-page').then((m) => ({ default: m.AdminIndicatorsPage })),
);
const AdminAuditPage = lazy(() => import('./pages/admin-audit-page').then((m) => ({ default: m.AdminAuditPage })));
const AdminPublishedPage = lazy(() =>
  import('./pages/admin-published-page').then((m) => ({ default: m.AdminPublishedPage })),
);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'missions/new', element: <NewMissionPage /> },
      { path: 'missions/:missionId', element: <MissionPage /> },
      { path: 'missions/:missionId/edit', element: <EditMissionPage /> },
      { path: 'missions/:missionId/factsheet', element: <FactsheetPage /> },
      { path: 'missions/:missionId/assessments/new', element: <NewAssessmentPage /> },
      { path: 'assessments/:assessmentId/edit', element: <EditAssessmentPage /> },
      { path: 'methodology', element: <MethodologyPage /> },
      { path: 'compare', element: <ComparePage /> },
      { path: 'reports/:reportId', element: <FrozenReportPage /> },
      { path: 'reporting', element: <ReportingPage /> },
      { path: 'my-work', element: <MyWorkPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'admin', element: <Navigate to="/admin/users" replace /> },
      { path: 'admin/users', element: <AdminUsersPage /> },
      { path: 'admin/indicators', element: <AdminIndicatorsPage /> },
      { path: 'admin/audit', element: <AdminAuditPage /> },
      { path: 'admin/published', element: <AdminPublishedPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
