import { exportEndpoints } from '@cpea/shared/api/exports';
import { urlOf } from '@cpea/shared/api/endpoint';
import type { ExportQuery } from '@cpea/shared/imports';

/** Missions (none means every active one), a span of periods and the format; names are always included. */
export type AssessmentsCsvQuery = Omit<ExportQuery, 'names' | 'missions'> & { missions?: readonly number[] };

/**
 * A download the browser makes itself (the server sends it as an attachment), so this
 * endpoint's client is its address, with mission names included.
 */
export function assessmentsCsvUrl({ missions, from, to, format }: AssessmentsCsvQuery): string {
  return urlOf(exportEndpoints.exportAssessmentsCsv, {
    query: { missions: missions && missions.length > 0 ? missions : undefined, from, to, format, names: true },
  });
}
