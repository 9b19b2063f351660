import type { MissionTargetsResponse, SettingsVersion } from '@cpea/shared/targets';
import { DataTable } from '../../../components/data-table';
import { formatDate, formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';

/** Every version of the mission's settings, each in force from its period until the next. */
export function VersionsTable({ data }: { data: MissionTargetsResponse }) {
  const t = useT();
  if (data.versions.length === 0) return null;
  return (
    <DataTable
      caption={t('targetsEditor.versionsCaption')}
      columns={[
        {
          key: 'version',
          header: t('targetsEditor.version'),
          rowHeader: true,
          cell: (version: SettingsVersion) => (
            <>
              {data.versions.indexOf(version) + 1}
              {version.id === data.versionId ? <span className="muted"> ({t('targetsEditor.inForceNow')})</span> : null}
            </>
          ),
        },
        {
          key: 'from',
          header: t('targetsEditor.effectiveFrom'),
          cell: (version: SettingsVersion) => formatPeriod(version.effectiveFrom),
        },
        {
          key: 'saved',
          header: t('targetsEditor.createdAt'),
          cell: (version: SettingsVersion) => formatDate(version.createdAt),
        },
      ]}
      rows={data.versions}
      rowKey={(version) => version.id}
      className="data-table--narrow"
    />
  );
}
