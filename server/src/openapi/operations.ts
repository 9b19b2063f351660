import type { z } from 'zod';
import { auditQuerySchema } from '@cpea/shared/audit';
import { comparisonQuerySchema } from '@cpea/shared/comparison';
import { exportQuerySchema, importQuerySchema } from '@cpea/shared/imports';
import { missionListQuerySchema, missionScoresQuerySchema, periodRangeQuerySchema } from '@cpea/shared/queries';
import type { Role } from '@cpea/shared/user';
import type { HttpMethod } from './mounted-routes';
import type { SchemaName } from './schemas';

// What each route does, who may call it and what it takes and answers, in the order of
// DESIGN §6. The OpenAPI test checks this list against the routes the app mounts, both ways.

export const TAGS = {
  meta: 'Health, the catalog and this document',
  auth: 'Signing in and out',
  missions: 'Missions, their targets, assessments and scores',
  assessments: 'One assessment and its workflow: draft → submitted → approved',
  reports: 'The comparison report and its frozen copies',
  export: 'CSV export',
  import: 'CSV import; all-or-nothing',
  audit: 'The audit trail',
  users: 'User accounts',
} as const;
export type Tag = keyof typeof TAGS;

export type Body = { schema: SchemaName } | { csv: string };
export type Content = { schema: SchemaName; list?: true } | { csv: string };

export interface Success {
  status: 200 | 201 | 204;
  description: string;
  content?: Content;
  setsCookie?: true;
}

export interface OperationSpec {
  method: HttpMethod;
  /** As Express spells it: `/api/missions/:id`. */
  path: string;
  tag: Tag;
  operationId: string;
  summary: string;
  description?: string;
  /** The least role that may call it; null = anyone, signed in or not. */
  role: Role | null;
  query?: z.ZodType;
  body?: Body;
  success: Success;
  /**
   * Errors beyond those the operation's shape implies (400 for any input, 401 and 403 for a
   * role, 403 for any change sent from another origin, 404 for an id in the path, 413 for a body).
   */
  errors?: (401 | 409 | 415 | 422 | 429)[];
}

const ok = (schema: SchemaName, description: string): Success => ({ status: 200, description, content: { schema } });
const list = (schema: SchemaName, description: string): Success => ({
  status: 200,
  description,
  content: { schema, list: true },
});
const created = (schema: SchemaName, description: string): Success => ({
  status: 201,
  description,
  content: { schema },
});
const noContent = (description: string): Success => ({ status: 204, description });
const csv = (description: string): Success => ({ status: 200, description, content: { csv: description } });

const IMPORT_DESCRIPTION =
  'All-or-nothing: with any row error nothing is written and the answer is 422, listing every error. ' +
  'With `dryRun=1` nothing is written either, and the answer is 200 with what would happen, errors included. ' +
  'A file of more than 100,000 rows is refused with 413; an assessment written by someone else while the file was ' +
  'being imported makes it 409, with nothing written.';

const UNREADABLE_REPORT =
  'A report stored in a form this version cannot read is answered with 500 and code `internal`, naming the report, ' +
  'with what failed in `issues`; the stored copy is left as it is.';

export const OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'meta',
    operationId: 'getHealth',
    summary: 'Whether the server is up, and its version',
    role: null,
    success: ok('Health', 'The server is up'),
  },
  {
    method: 'get',
    path: '/api/catalog',
    tag: 'meta',
    operationId: 'getCatalog',
    summary: 'KPIs with their indicators, and challenge categories, with sources',
    role: null,
    success: ok('Catalog', 'The catalogs'),
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'meta',
    operationId: 'getOpenApiDocument',
    summary: 'This API described as OpenAPI 3.1',
    role: null,
    success: ok('OpenApiDocument', 'The OpenAPI document'),
  },

  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    operationId: 'logIn',
    summary: 'Sign in',
    description:
      'Sets the session cookie (httpOnly, SameSite=Strict). The body is at most 4 KB. In fifteen minutes, ten tries ' +
      'per username (trimmed, any case) from one address, and fifty failures from one address whatever the username.',
    role: null,
    body: { schema: 'Login' },
    success: { ...ok('User', 'Signed in; the session cookie is set'), setsCookie: true },
    errors: [401, 429],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    operationId: 'logOut',
    summary: 'Sign out',
    description: 'Ends the session, if there is one, and clears the cookie.',
    role: null,
    success: noContent('Signed out'),
  },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'auth',
    operationId: 'getMe',
    summary: 'The signed-in user',
    role: 'viewer',
    success: ok('User', 'The signed-in user'),
  },

  {
    method: 'get',
    path: '/api/missions',
    tag: 'missions',
    operationId: 'listMissions',
    summary: 'List missions with their latest score and trend',
    role: 'viewer',
    query: missionListQuerySchema,
    success: list('MissionSummary', 'The missions, archived ones only when asked for'),
  },
  {
    method: 'post',
    path: '/api/missions',
    tag: 'missions',
    operationId: 'createMission',
    summary: 'Create a mission',
    description: 'Unknown fields, such as `id` or `archived`, are refused (400).',
    role: 'admin',
    body: { schema: 'MissionInput' },
    success: created('Mission', 'The mission as stored'),
  },
  {
    method: 'get',
    path: '/api/missions/:id',
    tag: 'missions',
    operationId: 'getMission',
    summary: 'Read a mission',
    role: 'viewer',
    success: ok('Mission', 'The mission'),
  },
  {
    method: 'patch',
    path: '/api/missions/:id',
    tag: 'missions',
    operationId: 'updateMission',
    summary: 'Change a mission',
    description:
      'Changes only the fields it names. The period type cannot change once the mission has assessments, and new dates may not leave assessments outside its life (409, naming the periods); one date sent alone is checked against the stored other (400).',
    role: 'admin',
    body: { schema: 'MissionPatch' },
    success: ok('Mission', 'The mission as stored'),
    errors: [409],
  },
  {
    method: 'delete',
    path: '/api/missions/:id',
    tag: 'missions',
    operationId: 'archiveMission',
    summary: 'Archive a mission',
    description: 'Archives rather than deletes: assessments stay, and `PATCH {archived: false}` restores it.',
    role: 'admin',
    success: ok('Mission', 'The archived mission'),
  },
  {
    method: 'get',
    path: '/api/missions/:id/targets',
    tag: 'missions',
    operationId: 'getMissionTargets',
    summary: "Read a mission's baselines, targets and weights",
    role: 'viewer',
    success: ok('MissionTargets', 'What the mission set, and what is in force'),
  },
  {
    method: 'put',
    path: '/api/missions/:id/targets',
    tag: 'missions',
    operationId: 'replaceMissionTargets',
    summary: "Replace a mission's baselines, targets and weights",
    role: 'admin',
    body: { schema: 'TargetsInput' },
    success: ok('MissionTargets', 'What the mission set, and what is in force'),
  },
  {
    method: 'get',
    path: '/api/missions/:id/assessments',
    tag: 'missions',
    operationId: 'listAssessments',
    summary: "List a mission's assessments, in a range of periods",
    role: 'viewer',
    query: periodRangeQuerySchema,
    success: list('Assessment', 'The assessments, oldest period first'),
  },
  {
    method: 'post',
    path: '/api/missions/:id/assessments',
    tag: 'missions',
    operationId: 'createAssessment',
    summary: 'Start an assessment for a period',
    description:
      "A mission has one assessment per period (409 for a second), and none while archived. The period is a year from 1900 to 2100 and lies within the mission's life (400 on `period`).",
    role: 'analyst',
    body: { schema: 'AssessmentInput' },
    success: created('Assessment', 'The draft assessment'),
    errors: [409],
  },
  {
    method: 'get',
    path: '/api/missions/:id/scores',
    tag: 'missions',
    operationId: 'getMissionScores',
    summary: "A mission's scores per period, and the trend",
    role: 'viewer',
    query: missionScoresQuerySchema,
    success: ok('MissionScores', 'The scores with their inputs'),
  },

  {
    method: 'get',
    path: '/api/assessments/:id',
    tag: 'assessments',
    operationId: 'getAssessment',
    summary: 'Read an assessment',
    role: 'viewer',
    success: ok('Assessment', 'The assessment'),
  },
  {
    method: 'patch',
    path: '/api/assessments/:id',
    tag: 'assessments',
    operationId: 'updateAssessment',
    summary: 'Change a draft assessment',
    description:
      'Changes only the fields it names, and carries the version it is based on: a stale version, an assessment no longer a draft, or one of an archived mission is a 409. Only its author or an admin may change it (403).',
    role: 'analyst',
    body: { schema: 'AssessmentPatch' },
    success: ok('Assessment', 'The assessment as stored, with its new version'),
    errors: [409],
  },
  {
    method: 'delete',
    path: '/api/assessments/:id',
    tag: 'assessments',
    operationId: 'deleteAssessment',
    summary: 'Delete a draft assessment',
    description: 'Only its author or an admin (403); not once submitted, nor while its mission is archived (409).',
    role: 'analyst',
    success: noContent('Deleted'),
    errors: [409],
  },
  {
    method: 'post',
    path: '/api/assessments/:id/submit',
    tag: 'assessments',
    operationId: 'submitAssessment',
    summary: 'Submit a draft for approval',
    description: 'Only its author or an admin (403); not while its mission is archived (409).',
    role: 'analyst',
    body: { schema: 'WorkflowStep' },
    success: ok('Assessment', 'The submitted assessment'),
    errors: [409],
  },
  {
    method: 'post',
    path: '/api/assessments/:id/approve',
    tag: 'assessments',
    operationId: 'approveAssessment',
    summary: 'Approve a submitted assessment, locking it',
    description:
      'Four eyes: the approver is neither its author nor its last editor (403), unless the instance has a single active admin, and then the audit entry says so. Not while its mission is archived (409).',
    role: 'admin',
    body: { schema: 'WorkflowStep' },
    success: ok('Assessment', 'The approved assessment'),
    errors: [409],
  },
  {
    method: 'post',
    path: '/api/assessments/:id/reopen',
    tag: 'assessments',
    operationId: 'reopenAssessment',
    summary: 'Send a submitted or approved assessment back to draft',
    role: 'admin',
    body: { schema: 'ReopenStep' },
    success: ok('Assessment', 'The assessment, a draft again'),
    errors: [409],
  },

  {
    method: 'get',
    path: '/api/reports/comparison',
    tag: 'reports',
    operationId: 'getComparison',
    summary: 'Compare missions over a range of periods',
    description:
      "A stored assessment whose period cannot be read as one of its mission's is left out and listed in `skippedAssessments`, with the reason.",
    role: 'viewer',
    query: comparisonQuerySchema,
    success: ok('ComparisonReport', 'The comparison report'),
  },
  {
    method: 'get',
    path: '/api/reports/comparison.csv',
    tag: 'reports',
    operationId: 'getComparisonCsv',
    summary: 'The comparison report as CSV',
    role: 'viewer',
    query: comparisonQuerySchema,
    success: csv('The comparison report, one section after another, as an attachment'),
  },
  {
    method: 'post',
    path: '/api/reports/frozen',
    tag: 'reports',
    operationId: 'freezeComparison',
    summary: 'Freeze a comparison so it can be read again unchanged',
    role: 'analyst',
    body: { schema: 'FrozenReportInput' },
    success: created('FrozenReportSummary', 'The frozen report'),
  },
  {
    method: 'get',
    path: '/api/reports/frozen',
    tag: 'reports',
    operationId: 'listFrozenReports',
    summary: 'List frozen comparisons',
    description: UNREADABLE_REPORT,
    role: 'viewer',
    success: list('FrozenReportSummary', 'The frozen reports, newest first'),
  },
  {
    method: 'get',
    path: '/api/reports/frozen/:id',
    tag: 'reports',
    operationId: 'getFrozenReport',
    summary: 'Read a frozen comparison, with the same comparison built now',
    description: UNREADABLE_REPORT,
    role: 'viewer',
    success: ok('FrozenReport', 'The frozen report'),
  },

  {
    method: 'get',
    path: '/api/export/assessments.csv',
    tag: 'export',
    operationId: 'exportAssessmentsCsv',
    summary: 'Export assessments as CSV, wide or long',
    description: 'Without `missions`, every active mission. Streamed as an attachment.',
    role: 'viewer',
    query: exportQuerySchema,
    success: csv('The assessments, one row per assessment (wide) or per indicator value (long)'),
  },

  {
    method: 'post',
    path: '/api/import/assessments',
    tag: 'import',
    operationId: 'importAssessmentsCsv',
    summary: 'Import assessments from a CSV in the wide export format',
    description: IMPORT_DESCRIPTION,
    role: 'analyst',
    query: importQuerySchema,
    body: { csv: 'The wide export format of `GET /api/export/assessments.csv`, UTF-8' },
    success: ok('ImportResult', 'What was imported, or what would be on a dry run'),
    errors: [409, 415, 422],
  },
  {
    method: 'post',
    path: '/api/import/ucdp-ged',
    tag: 'import',
    operationId: 'importUcdpGed',
    summary: 'Import violence indicators from a UCDP GED event CSV',
    description: IMPORT_DESCRIPTION,
    role: 'analyst',
    query: importQuerySchema,
    body: { csv: 'UCDP GED events, as the GED CSV download has them' },
    success: ok('ImportResult', 'What was imported, or what would be on a dry run'),
    errors: [409, 415, 422],
  },

  {
    method: 'get',
    path: '/api/audit',
    tag: 'audit',
    operationId: 'readAudit',
    summary: 'Read the audit trail, newest first',
    role: 'admin',
    query: auditQuerySchema,
    success: list('AuditEntry', 'The matching entries'),
  },

  {
    method: 'get',
    path: '/api/users',
    tag: 'users',
    operationId: 'listUsers',
    summary: 'List user accounts',
    role: 'admin',
    success: list('User', 'Every account'),
  },
  {
    method: 'post',
    path: '/api/users',
    tag: 'users',
    operationId: 'createUser',
    summary: 'Create a user account',
    role: 'admin',
    body: { schema: 'UserInput' },
    success: created('User', 'The account'),
    errors: [409],
  },
  {
    method: 'patch',
    path: '/api/users/:id',
    tag: 'users',
    operationId: 'updateUser',
    summary: 'Change a user account: name, role, password, or disable it',
    description: 'Admins cannot disable themselves or take away their own admin role (409).',
    role: 'admin',
    body: { schema: 'UserPatch' },
    success: ok('User', 'The account'),
    errors: [409],
  },
];
