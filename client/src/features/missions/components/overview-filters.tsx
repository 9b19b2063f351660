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
  return (
    <form
      className="overview-filters"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="overview-filters__field">
        <label htmlFor="filter-type">{t('filters.type')}</label>
        <select
          id="filter-type"
          value={filters.type ?? ''}
          onChange={(event) => onChange({ ...filters, type: (event.target.value || null) as Filters['type'] })}
        >
          <option value="">{t('filters.allTypes')}</option>
          {options.types.map((type) => (
            <option key={type} value={type}>
              {catalog.missionTypes[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="overview-filters__field">
        <label htmlFor="filter-lead">{t('filters.lead')}</label>
        <select
          id="filter-lead"
          value={filters.lead ?? ''}
          onChange={(event) => onChange({ ...filters, lead: (event.target.value || null) as Filters['lead'] })}
        >
          <option value="">{t('filters.allLeads')}</option>
          {options.leads.map((lead) => (
            <option key={lead} value={lead}>
              {catalog.organisations[lead]}
            </option>
          ))}
        </select>
      </div>
      <div className="overview-filters__field">
        <label htmlFor="filter-region">{t('filters.region')}</label>
        <select
          id="filter-region"
          value={filters.region ?? ''}
          onChange={(event) => onChange({ ...filters, region: (event.target.value || null) as Filters['region'] })}
        >
          <option value="">{t('filters.allRegions')}</option>
          {options.regions.map((region) => (
            <option key={region} value={region}>
              {catalog.regions[region]}
            </option>
          ))}
        </select>
      </div>
      <div className="overview-filters__field">
        <label htmlFor="filter-country">{t('filters.country')}</label>
        <select
          id="filter-country"
          value={filters.country ?? ''}
          onChange={(event) => onChange({ ...filters, country: event.target.value || null })}
        >
          <option value="">{t('filters.allCountries')}</option>
          {options.countries
            .map((country) => ({ country, name: formatCountry(country) }))
            .sort((a, b) => a.name.localeCompare(b.name, formatLocale()))
            .map(({ country, name }) => (
              <option key={country} value={country}>
                {name} ({country})
              </option>
            ))}
        </select>
      </div>
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
