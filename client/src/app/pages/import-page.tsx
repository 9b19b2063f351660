import { Breadcrumbs } from '../../components/breadcrumbs';
import { useHasRole } from '../../features/auth/api/get-me';
import { ExportCsvLinks } from '../../features/exports/components/export-csv-links';
import { ImportPanel } from '../../features/imports/components/import-panel';
import { useMissions } from '../../features/missions/api/get-missions';

export function ImportPage() {
  const canImport = useHasRole('analyst');
  const missions = useMissions();
  return (
    <div className="page page--prose">
      <title>Import and export · CPEA</title>
      <Breadcrumbs items={[{ label: 'Overview', to: '/' }, { label: 'Import and export' }]} />
      <h1>Import and export</h1>
      <p className="page-header__lead">
        Download every assessment as CSV, or bring in a file instead of typing: assessments in the wide export format,
        or conflict events from the UCDP Georeferenced Event Dataset.
      </p>

      <section className="section" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>All active missions, every period.</p>
        <ExportCsvLinks showHint />
      </section>

      <section className="section" aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        {!canImport ? (
          <p className="note">Importing needs the analyst or admin role. Ask your CPEA administrator.</p>
        ) : (
          // The missions only name and link the ones a file touches; the import works without them.
          <ImportPanel missions={missions.data ?? []} />
        )}
      </section>
    </div>
  );
}
