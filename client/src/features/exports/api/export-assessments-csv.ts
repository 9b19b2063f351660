import type { ExportFormat } from '@cpea/shared/imports';
import { apiUrl } from '../../../lib/api';

export interface AssessmentsCsvQuery {
  /** Mission ids; none means every active mission. */
  missions?: readonly number[];
  /** First and last period, `2024Q1` or `2024-03`. */
  from?: string;
  to?: string;
  format: ExportFormat;
}

/**
 * `GET /api/export/assessments.csv`: a download the browser makes itself (the server sends it
 * as an attachment), so this endpoint's client is its address, with mission names included.
 */
export function assessmentsCsvUrl({ missions, from, to, format }: AssessmentsCsvQuery): string {
  return apiUrl('/export/assessments.csv', {
    missions: missions && missions.length > 0 ? missions.join(',') : undefined,
    from,
    to,
    format,
    names: 1,
  });
}
