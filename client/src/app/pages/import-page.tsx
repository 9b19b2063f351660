import { Breadcrumbs } from '../../components/breadcrumbs';
import { useHasRole } from '../../features/auth/api/get-me';
import { ExportCsvLinks } from '../../features/exports/components/export-csv-links';
import { ImportPanel } from '../../features/imports/components/import-panel';
import { useT } from '../../lib/i18n';

export function ImportPage() {
  const canImport = useHasRole('analyst');
  const t = useT();
  return (
    <div className="page page--prose">
      <title>{t('importPage.title')}</title>
      <Breadcrumbs items={[{ label: t('mission.breadcrumbOverview'), to: '/' }, { label: t('importPage.heading') }]} />
      <h1>{t('importPage.heading')}</h1>
      <p className="page-header__lead">{t('importPage.lead')}</p>

      <section className="section" aria-labelledby="export-title">
        <h2 id="export-title">{t('importPage.export')}</h2>
        <p>{t('importPage.exportLead')}</p>
        <ExportCsvLinks showHint />
      </section>

      <section className="section" aria-labelledby="import-title">
        <h2 id="import-title">{t('importPage.import')}</h2>
        {!canImport ? <p className="note">{t('importPage.needsRole')}</p> : <ImportPanel />}
      </section>
    </div>
  );
}
