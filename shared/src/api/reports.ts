import { z } from 'zod';
import {
  comparisonQuerySchema,
  liveComparisonReportSchema,
  frozenReportInputSchema,
  frozenReportSchema,
  frozenReportSummarySchema,
} from '../comparison';
import { created, csvFile, endpoints, idParams, jsonBody, ok } from './endpoint';

const UNREADABLE_REPORT =
  'A report stored in a form this version cannot read is answered with 500 and code `internal`, naming the report, ' +
  'with what failed in `issues`; the stored copy is left as it is.';

export const reportEndpoints = endpoints('reports', {
  getComparison: {
    method: 'get',
    path: '/api/reports/comparison',
    summary: 'Compare missions over a range of periods',
    description:
      "A stored assessment whose period cannot be read as one of its mission's is left out and listed in `skippedAssessments`, with the reason.",
    role: 'viewer',
    query: comparisonQuerySchema,
    answer: ok(liveComparisonReportSchema, 'The comparison report'),
  },
  getComparisonCsv: {
    method: 'get',
    path: '/api/reports/comparison.csv',
    summary: 'The comparison report as CSV',
    role: 'viewer',
    query: comparisonQuerySchema,
    answer: csvFile('The comparison report, one section after another, as an attachment'),
  },
  freezeComparison: {
    method: 'post',
    path: '/api/reports/frozen',
    summary: 'Freeze a comparison so it can be read again unchanged',
    role: 'analyst',
    body: jsonBody(frozenReportInputSchema, 'report'),
    answer: created(frozenReportSummarySchema, 'The frozen report'),
  },
  listFrozenReports: {
    method: 'get',
    path: '/api/reports/frozen',
    summary: 'List frozen comparisons',
    description: UNREADABLE_REPORT,
    role: 'viewer',
    answer: ok(z.array(frozenReportSummarySchema), 'The frozen reports, newest first'),
  },
  getFrozenReport: {
    method: 'get',
    path: '/api/reports/frozen/:id',
    summary: 'Read a frozen comparison, with the same comparison built now',
    description: UNREADABLE_REPORT,
    role: 'viewer',
    params: idParams,
    answer: ok(frozenReportSchema, 'The frozen report'),
  },
});
