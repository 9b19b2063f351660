import type { reportEndpoints } from '@cpea/shared/api/reports';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { startCsvDownload } from '../http/csv-download';
import { comparisonCsv } from '../services/comparison-csv';

export function reportHandlers(useCases: UseCases): Handlers<typeof reportEndpoints> {
  return {
    getComparison: ({ query }) => useCases.buildComparison(query),
    getComparisonCsv: ({ query, res }) => {
      const csv = comparisonCsv(useCases.buildComparison(query));
      const span = `${query.from ?? 'start'}-${query.to ?? 'latest'}`;
      startCsvDownload(res, `cpea-comparison-${span}.csv`);
      res.end(csv);
    },
    freezeComparison: ({ actor, body }) => useCases.freezeComparison(actor, body),
    listFrozenReports: () => useCases.listFrozenReports(),
    getFrozenReport: ({ params }) => useCases.getFrozenReport(params.id),
  };
}
