import { CHALLENGES } from '@cpea/shared/catalog';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { TableScroll } from '../../../components/data-table';
import { formatNumber, formatPeriod } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { formatSeverity } from '../lib/report-format';
import { profileRows } from '../lib/report-series';
import { ChallengeRadar } from './challenge-radar';
import { MissionSwatch } from './mission-swatch';
import { ReportChart } from './report-chart';

interface Props {
  report: ComparisonReport;
  styles: Map<number, MissionStyle>;
  sources: string[];
}

/** Small multiples: one radar per mission over the ten challenge categories, on the same 0–4 scale. */
export function ChallengeProfilesChart({ report, styles, sources }: Props) {
  const t = useT();
  const catalog = useCatalogText();
  const title = t('compareCharts.profiles.title');
  const acronym = new Map(report.missions.map((m) => [m.missionId, m.acronym]));
  const profiles = report.challengeProfiles.map((profile) => ({
    profile,
    rows: profileRows(profile, t, catalog),
    style: styles.get(profile.missionId),
    acronym: acronym.get(profile.missionId) ?? t('compareCharts.missionFallback', { id: String(profile.missionId) }),
  }));
  const table = (
    <TableScroll>
      <table className="data-table">
        <caption>{t('compareCharts.profiles.caption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('compareCharts.challengeCategory')}
            </th>
            {profiles.map(({ profile, acronym: name }) => (
              <th key={profile.missionId} scope="colgroup" colSpan={2} className="num">
                {name}
              </th>
            ))}
          </tr>
          <tr>
            {profiles.map(({ profile }) => [
              <th key={`${profile.missionId}-mean`} scope="col" className="num">
                {t('compareCharts.mean')}
              </th>,
              <th key={`${profile.missionId}-latest`} scope="col" className="num">
                {profile.latestPeriod ? formatPeriod(profile.latestPeriod) : t('compareCharts.latest')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {CHALLENGES.map((challenge) => (
            <tr key={challenge.id}>
              <th scope="row">{catalog.challenges[challenge.id].name}</th>
              {profiles.map(({ profile }) => {
                const category = profile.categories.find((c) => c.challenge === challenge.id);
                return [
                  <td key={`${profile.missionId}-mean`} className="num">
                    {category?.meanSeverity == null
                      ? t('compareCharts.notRated')
                      : formatSeverity(category.meanSeverity)}
                  </td>,
                  <td key={`${profile.missionId}-latest`} className="num">
                    {category?.latestSeverity == null
                      ? t('compareCharts.notRated')
                      : formatNumber(category.latestSeverity)}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    // On paper the heat-map below gives the same means, number by number.
    <ReportChart title={title} sources={sources} table={table} autoHeight printTable={false}>
      <div className="report-chart__body">
        <p className="report-chart__note report-chart__note--top">{t('compareCharts.profiles.note')}</p>
        <ul className="small-multiples">
          {profiles.map(({ profile, rows, style, acronym: name }) => (
            <li key={profile.missionId} className="small-multiples__item">
              <p className="small-multiples__title">
                {style ? <MissionSwatch style={style} /> : null}
                <span data-export-text>
                  {name}
                  {profile.latestPeriod
                    ? t('compareCharts.profiles.latestSuffix', { period: formatPeriod(profile.latestPeriod) })
                    : ''}
                </span>
              </p>
              <div className="small-multiples__plot">{style ? <ChallengeRadar rows={rows} style={style} /> : null}</div>
            </li>
          ))}
        </ul>
      </div>
    </ReportChart>
  );
}
