import type { ComparisonReport } from '@cpea/shared/comparison';
import { formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { MissionSwatch } from './mission-swatch';

const PARTS = [
  { key: 'achievements', label: 'assessment.achievements' },
  { key: 'setbacks', label: 'assessment.setbacks' },
  { key: 'lessons', label: 'assessment.lessons' },
] as const;

/** Each mission's latest narrative in the range, in the analysts' own words. */
export function NarrativeHighlights({
  report,
  styles,
}: {
  report: ComparisonReport;
  styles: Map<number, MissionStyle>;
}) {
  const t = useT();
  return (
    <section className="report-section" aria-labelledby="narratives-title">
      <h2 id="narratives-title">{t('compareReport.narratives')}</h2>
      <div className="narratives">
        {report.missions.map((mission) => {
          const narrative = report.narratives.find((n) => n.missionId === mission.missionId);
          const style = styles.get(mission.missionId);
          return (
            <article key={mission.missionId} className="narrative" aria-labelledby={`narrative-${mission.missionId}`}>
              <h3 id={`narrative-${mission.missionId}`}>
                {style ? <MissionSwatch style={style} /> : null}
                {mission.acronym}
                {narrative ? <span className="muted"> · {formatPeriod(narrative.period)}</span> : null}
              </h3>
              {narrative ? (
                <dl>
                  {PARTS.filter((part) => narrative[part.key].trim() !== '').map((part) => (
                    <div key={part.key}>
                      <dt>{t(part.label)}</dt>
                      <dd>{narrative[part.key]}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="muted">{t('compareReport.noNarrative')}</p>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
