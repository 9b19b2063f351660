import { issuesFromZod, type ErrorIssue } from '@cpea/shared/api-error';
import { assessmentInputSchemaFor, valueRuleViolations, type AssessmentInput } from '@cpea/shared/assessment';
import type { IndicatorValues } from '@cpea/shared/assessment';
import { INDICATORS, type Indicator } from '@cpea/shared/catalog';
import type { Mission } from '@cpea/shared/mission';
import { periodOutsideLife } from '@cpea/shared/mission-life';
import { periodTypeOf } from '@cpea/shared/periods';

type FormMission = Pick<Mission, 'acronym' | 'periodType' | 'startDate' | 'endDate'>;

function periodExample(mission: FormMission) {
  return mission.periodType === 'quarter' ? '2024Q1' : '2024-03';
}

/** What only the mission knows about a period: its type and the mission's life, as the server checks them. */
function periodIssues(period: string, mission: FormMission, editing: boolean): ErrorIssue[] {
  const type = periodTypeOf(period);
  if (!type) return [];
  if (type !== mission.periodType) {
    return [
      {
        path: 'period',
        message: `${mission.acronym} reports by ${mission.periodType}: write the period like ${periodExample(mission)}`,
      },
    ];
  }
  // An existing assessment keeps its period: the server checks the life only of new ones.
  const outside = editing ? null : periodOutsideLife(period, mission);
  return outside ? [{ path: 'period', message: outside }] : [];
}

/** The shared rules, plus what only the mission knows: its period type and its life. */
export function assessmentFormSchema(
  mission: FormMission,
  editing: boolean,
  indicators: readonly Indicator[] = INDICATORS,
) {
  return assessmentInputSchemaFor(indicators).superRefine((input, ctx) => {
    for (const issue of periodIssues(input.period, mission, editing)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
}

/**
 * Every problem of the form at once, one per field, in the order of the schema. The schema
 * checks its cross-field rules (more disputes resolved than recorded) and the mission's rules
 * only once every field is valid on its own, which would show the errors in waves; here they
 * are checked as well on the values that are numbers, whatever the other fields hold.
 */
export function assessmentFormIssues(
  input: AssessmentInput,
  mission: FormMission,
  editing: boolean,
  indicators: readonly Indicator[] = INDICATORS,
): ErrorIssue[] {
  const result = assessmentFormSchema(mission, editing, indicators).safeParse(input);
  if (result.success) return [];
  const numbers: IndicatorValues = {};
  for (const { id, derived } of indicators) {
    if (derived) continue;
    const value = input.values?.[id];
    numbers[id] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  const issues = [
    ...issuesFromZod(result.error),
    ...valueRuleViolations(numbers),
    ...periodIssues(input.period, mission, editing),
  ];
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}
