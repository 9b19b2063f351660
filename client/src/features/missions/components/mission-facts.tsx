import { MISSION_TYPE_LABELS, type Mission } from '@cpea/shared/mission';
import { formatDate, humanize } from '../../../lib/format';

/** The mission's standing facts as a compact definition list. */
export function MissionFacts({ mission }: { mission: Mission }) {
  const facts: [string, string][] = [
    ['Country', mission.areas.length > 0 ? `${mission.country} (${mission.areas.join(', ')})` : mission.country],
    ['Type', MISSION_TYPE_LABELS[mission.missionType]],
    ['Lead organisation', mission.leadOrganisation],
    ['Partners', mission.partners.length > 0 ? mission.partners.join(', ') : 'None recorded'],
    ['Setting', humanize(mission.setting) + (mission.multiEthnic ? ', multi-ethnic context' : '')],
    ['Period', `${formatDate(mission.startDate)} – ${mission.endDate ? formatDate(mission.endDate) : 'ongoing'}`],
    ['Reports', mission.periodType === 'quarter' ? 'Quarterly' : 'Monthly'],
  ];
  return (
    <div className="mission-facts">
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {mission.mandate ? (
        <details className="mandate">
          <summary>Mandate</summary>
          <p>{mission.mandate}</p>
        </details>
      ) : null}
    </div>
  );
}
