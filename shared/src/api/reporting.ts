import { myWorkSchema, reportingGridSchema } from '../reporting';
import { endpoints, ok } from './endpoint';

export const reportingEndpoints = endpoints('reporting', {
  getReportingGrid: {
    method: 'get',
    path: '/api/reporting',
    summary: 'What each active mission has reported, period by period',
    description:
      "For each period type in use, active missions × the last 8 quarters or 12 months: outside the mission's life, not due, due, late (no assessment `lateAfterDays` after the period ended), draft, sent back, submitted or approved.",
    role: 'viewer',
    answer: ok(reportingGridSchema, 'The reporting grids'),
  },
  getMyWork: {
    method: 'get',
    path: '/api/my-work',
    summary: 'What waits for the signed-in user',
    description:
      'My drafts, my drafts sent back (with the reason), and, for an admin, the submissions awaiting approval.',
    role: 'viewer',
    answer: ok(myWorkSchema, 'The work waiting'),
  },
});
