import { exportEndpoints } from '@cpea/shared/api/exports';
import { urlOf } from '@cpea/shared/api/endpoint';

/** A download the browser makes itself: the mission's file to fill in, a row per period due. */
export function assessmentTemplateCsvUrl(missionId: number): string {
  return urlOf(exportEndpoints.getAssessmentTemplateCsv, { params: { id: missionId } });
}
