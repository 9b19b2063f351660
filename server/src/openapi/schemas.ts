import { z } from 'zod';
import { ERROR_CODES, errorBodySchema } from '@cpea/shared/api-error';
import {
  assessmentInputSchema,
  assessmentPatchSchema,
  assessmentSchema,
  reopenStepSchema,
  workflowStepSchema,
} from '@cpea/shared/assessment';
import { auditEntrySchema } from '@cpea/shared/audit';
import { catalogSchema } from '@cpea/shared/catalog';
import {
  comparisonReportSchema,
  frozenReportInputSchema,
  liveComparisonReportSchema,
  frozenReportSchema,
  frozenReportSummarySchema,
} from '@cpea/shared/comparison';
import { openApiDocumentSchema } from '@cpea/shared/api/meta';
import { healthSchema } from '@cpea/shared/health';
import { importResultSchema } from '@cpea/shared/imports';
import { missionInputSchema, missionPatchSchema, missionSchema } from '@cpea/shared/mission';
import { missionSummarySchema } from '@cpea/shared/portfolio';
import { missionScoresSchema } from '@cpea/shared/scoring';
import { missionTargetsResponseSchema, targetsInputSchema } from '@cpea/shared/targets';
import { loginSchema, userInputSchema, userPatchSchema, userSchema } from '@cpea/shared/user';

// The component schemas of the OpenAPI document. Each is a shared zod schema turned into JSON
// Schema, or composed from them.

export type JsonSchema = { [key: string]: unknown };
export type Io = 'input' | 'output';

const COMPONENT_REF = '#/components/schemas/';

/**
 * A zod schema as JSON Schema: `input` for what a client sends (defaults make fields optional,
 * transforms show what they accept), `output` for what the server answers. Refinements and
 * transforms have no JSON Schema form; they are left out rather than refused.
 */
export function jsonSchemaOf(
  schema: z.core.$ZodType,
  io: Io,
  components = new Map<z.core.$ZodType, string>(),
): JsonSchema {
  const json: JsonSchema = {
    ...z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema, path }) => {
        const name = path.length > 0 ? components.get(zodSchema) : undefined;
        if (!name) return;
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
        jsonSchema.$ref = `${COMPONENT_REF}${name}`;
      },
    }),
  };
  delete json.$schema;
  return json;
}

interface FromZod {
  schema: z.ZodType;
  io: Io;
  description: string;
}

const input = (schema: z.ZodType, description: string): FromZod => ({ schema, io: 'input', description });
const output = (schema: z.ZodType, description: string): FromZod => ({ schema, io: 'output', description });

/** The error object, with `code` one of the known codes; a 409 may carry more keys (the current version). */
const errorSchema = errorBodySchema.extend({
  error: errorBodySchema.shape.error.extend({ code: z.enum(ERROR_CODES) }).loose(),
});

export const SCHEMAS = {
  Error: output(errorSchema, 'The one error shape every endpoint answers with.'),
  ImportFailure: output(
    importResultSchema.extend({ error: errorSchema.shape.error }),
    'An import whose rows are wrong: the result with every row error, and the usual error object. Nothing was written.',
  ),
  Health: output(healthSchema, 'The server is up.'),
  Catalog: output(catalogSchema, 'The KPI, indicator and challenge catalogs with their sources.'),
  OpenApiDocument: output(openApiDocumentSchema, 'This OpenAPI 3.1 document.'),
  Login: input(loginSchema, 'A username and password.'),
  User: output(userSchema, 'A user account, without its password.'),
  UserInput: input(userInputSchema, 'A new user account.'),
  UserPatch: input(userPatchSchema, 'The fields of a user account to change.'),
  AuditEntry: output(auditEntrySchema, 'One change recorded in the audit trail.'),
  Mission: output(missionSchema, 'A peace operation being assessed.'),
  MissionSummary: output(missionSummarySchema, 'A mission with its latest scored period, trend and sparkline.'),
  MissionInput: input(missionInputSchema, 'A new mission. The end date may not be before the start date.'),
  MissionPatch: input(missionPatchSchema, 'The fields of a mission to change; `archived: false` restores it.'),
  MissionTargets: output(
    missionTargetsResponseSchema,
    'What the mission set, and the baseline, target and weight in force for every indicator.',
  ),
  TargetsInput: input(targetsInputSchema, 'Baselines, targets and weights for scored indicators, and KPI weights.'),
  MissionScores: output(
    missionScoresSchema,
    'Per period: the overall, KPI and indicator scores with their inputs, completeness, band and data-quality flags; the trend; the targets and KPI weights used.',
  ),
  Assessment: output(assessmentSchema, 'One mission-period assessment: indicator values, challenges, narrative.'),
  AssessmentInput: input(assessmentInputSchema, 'A new assessment for one period.'),
  AssessmentPatch: input(assessmentPatchSchema, 'The fields to change, with the version they are based on.'),
  WorkflowStep: input(workflowStepSchema, 'The version the step is based on, and an optional comment.'),
  ReopenStep: input(reopenStepSchema, 'The version the step is based on, and why it goes back to draft.'),
  ImportResult: output(importResultSchema, 'What an import did, or would do on a dry run.'),
  ComparisonReport: output(
    liveComparisonReportSchema,
    'Per mission summary, KPI comparison, trend series, challenge profiles and heat map, challenge association (between and within missions, with cluster-bootstrap intervals) and narratives.',
  ),
  FrozenComparisonReport: output(
    comparisonReportSchema,
    'A comparison report as it was frozen; one frozen under methodology 2026.1 keeps its pooled challenge association.',
  ),
  FrozenReportInput: input(frozenReportInputSchema, 'A title and the comparison query, flat.'),
  FrozenReportSummary: output(
    frozenReportSummarySchema,
    'A frozen comparison: its title, parameters, methodology version, when and by whom.',
  ),
  FrozenReport: output(
    frozenReportSchema,
    'A frozen comparison with its payload exactly as built, and the same comparison built now.',
  ),
} satisfies Record<string, FromZod>;

export type SchemaName = keyof typeof SCHEMAS;

/** The components read the same way (input or output), so one nested in another is written as a `$ref` to it. */
function componentsOf(io: Io): Map<z.core.$ZodType, string> {
  const specs: [string, FromZod][] = Object.entries(SCHEMAS);
  return new Map(specs.flatMap(([name, spec]) => (spec.io === io ? [[spec.schema, name] as const] : [])));
}

const COMPONENTS = { input: componentsOf('input'), output: componentsOf('output') };

export function componentSchemas(): Record<SchemaName, JsonSchema> {
  const entries = Object.entries(SCHEMAS).map(([name, spec]: [string, FromZod]) => [
    name,
    { description: spec.description, ...jsonSchemaOf(spec.schema, spec.io, COMPONENTS[spec.io]) },
  ]);
  return Object.fromEntries(entries) as Record<SchemaName, JsonSchema>;
}

/** A declared body or answer: a `$ref` to its component, or its JSON Schema with components inside referred to. */
export function schemaOrRef(schema: z.ZodType, io: Io): JsonSchema {
  const name = COMPONENTS[io].get(schema);
  return name ? { $ref: `${COMPONENT_REF}${name}` } : jsonSchemaOf(schema, io, COMPONENTS[io]);
}
