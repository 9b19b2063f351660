import type { reportingEndpoints } from '@cpea/shared/api/reporting';
import type { User } from '@cpea/shared/user';
import type { Config } from '../config';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';

export function reportingHandlers(useCases: UseCases, config: Config): Handlers<typeof reportingEndpoints> {
  return {
    getReportingGrid: () =>
      useCases.reportingGrid({ today: new Date().toISOString().slice(0, 10), lateAfterDays: config.lateAfterDays }),
    // The role check ran before: a user is signed in.
    getMyWork: ({ res }) => useCases.myWork(res.locals.user as User),
  };
}
