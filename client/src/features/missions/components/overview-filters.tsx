import { MISSION_TYPE_LABELS } from '@cpea/shared/mission';
import { humanize } from '../../../lib/format';
import { hasFilters, type FilterOptions, type OverviewFilters as Filters } from '../lib/portfolio';

interface OverviewFiltersProps {
  filters: Filters;
  options: FilterOptions;
  shown: number;
  total: number;
  onChange: (filters: Filters) => void;
}

const leadLabel = (lead: string) => (lead.length <= 4 ? lead : humanize(lead));

/** Filters by mission type, lead organisation and country; the page keeps them in the URL. */
export function OverviewFilters({ filters, options, shown, total, onChange }: OverviewFiltersProps) {
  return (
    <form className="overview-filters" role="search" aria-label="Filter missions" onSubmit={(e) => e.preventDefault()}>
      <div className="overview-filters__field">
        <label htmlFor="filter-type">Mission type</label>
        <select
          id="filter-type"
          value={filters.type ?? ''}
          onChange={(event) => onChange({ ...filters, type: (event.target.value || null) as Filters['type'] })}
        >
          <option value="">All types</option>
          {options.types.map((type) => (
            <option key={type} value={type}>
              {MISSION_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="overview-filters__field">
        <label htmlFor="filter-lead">Lead organisation</label>
        <select
          id="filter-lead"
          value={filters.lead ?? ''}
          onChange={(event) => onChange({ ...filters, lead: (event.target.value || null) as Filters['lead'] })}
        >
          <option value="">All organisations</option>
          {options.leads.map((lead) => (
            <option key={lead} value={lead}>
              {leadLabel(lead)}
            </option>
          ))}
        </select>
      </div>
      <div className="overview-filters__field">
        <label htmlFor="filter-country">Country</label>
        <select
          id="filter-country"
          value={filters.country ?? ''}
          onChange={(event) => onChange({ ...filters, country: event.target.value || null })}
        >
          <option value="">All countries</option>
          {options.countries.map((country) => (
            <option key={country} value={country}>
              {country}
            </option>
          ))}
        </select>
      </div>
      <p className="overview-filters__count" aria-live="polite">
        Showing {shown} of {total} missions
      </p>
      {hasFilters(filters) ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ type: null, lead: null, country: null })}
        >
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
