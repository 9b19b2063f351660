import { formatCountry, formatLocale } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import { NO_FILTERS, hasFilters, type FilterOptions, type OverviewFilters as Filters } from '../lib/portfolio';

interface OverviewFiltersProps {
  filters: Filters;
  options: FilterOptions;
  shown: number;
  total: number;
  onChange: (filters: Filters) => void;
}

/** Filters by mission type, lead organisation, region and country; the page keeps them in the URL. */
export function OverviewFilters({ filters, options, shown, total, onChange }: OverviewFiltersProps) {
  const t = useT();
  const catalog = useCatalogText();
  const select = <K extends keyof Filters>(key: K, label: string, all: string, choices: [string, string][]) => (
    <div className="overview-filters__field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={filters[key] ?? ''}
        onChange={(event) => onChange({ ...filters, [key]: event.target.value || null })}
      >
        <option value="">{all}</option>
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const countries = options.countries
    .map((country): [string, string] => [country, `${formatCountry(country)} (${country})`])
    .sort((a, b) => a[1].localeCompare(b[1], formatLocale()));
  return (
    <form
      className="overview-filters"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      {select(
        'type',
        t('filters.type'),
        t('filters.allTypes'),
        options.types.map((type) => [type, catalog.missionTypes[type]]),
      )}
      {select(
        'lead',
        t('filters.lead'),
        t('filters.allLeads'),
        options.leads.map((lead) => [lead, catalog.organisations[lead]]),
      )}
      {select(
        'region',
        t('filters.region'),
        t('filters.allRegions'),
        options.regions.map((region) => [region, catalog.regions[region]]),
      )}
      {select('country', t('filters.country'), t('filters.allCountries'), countries)}
      <p className="overview-filters__count" aria-live="polite">
        {t.plural('filters.showing', total, { shown, total })}
      </p>
      {hasFilters(filters) ? (
        <button type="button" className="button button--small" onClick={() => onChange(NO_FILTERS)}>
          {t('overview.clearFilters')}
        </button>
      ) : null}
    </form>
  );
}
