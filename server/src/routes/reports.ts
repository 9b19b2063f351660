import type { reportEndpoints } from '@cpea/shared/api/reports';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { comparisonCsv } from '../services/comparison-csv';

export function reportHandlers(useCases: UseCases): Handlers<typeof reportEndpoints> {
  return {
    getComparison: ({ query }) => useCases.buildComparison(query),
    getComparisonCsv: ({ query, res }) => {
      const csv = comparisonCsv(useCases.buildComparison(query));
      const span = `${query.from ?? 'start'}-${query.to ?? 'latest'}`;
      res.type('text/csv; charset=utf-8').attachment(`cpea-comparison-${span}.csv`).send(csv);
    },
    freezeComparison: ({ actor, body }) => useCases.freezeComparison(actor, body),
    listFrozenReports: () => useCases.listFrozenReports(),
    getFrozenReport: ({ params }) => useCases.getFrozenReport(params.id),
  };
}
