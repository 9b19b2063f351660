import type { Mission } from '@cpea/shared/mission';
import { formatCountry, formatDate } from '../../../lib/format';
import { useCatalogText, useLocale, useT } from '../../../lib/i18n';

/** The mission's standing facts as a compact definition list. */
export function MissionFacts({ mission }: { mission: Mission }) {
  const t = useT();
  const catalog = useCatalogText();
  const { locale } = useLocale();
  const mandate = locale === 'fr' && mission.mandateFr ? mission.mandateFr : mission.mandate;
  const facts: [string, string][] = [
    [
      t('facts.country'),
      `${formatCountry(mission.country)} (${mission.country})` +
        (mission.areas.length > 0 ? ` — ${mission.areas.join(', ')}` : ''),
    ],
    [t('facts.type'), catalog.missionTypes[mission.missionType]],
    [t('facts.lead'), catalog.organisations[mission.leadOrganisation]],
    [t('facts.partners'), mission.partners.length > 0 ? mission.partners.join(', ') : t('facts.noPartners')],
    [t('facts.setting'), catalog.settings[mission.setting] + (mission.multiEthnic ? t('facts.multiEthnic') : '')],
    [
      t('facts.period'),
      `${formatDate(mission.startDate)} – ${mission.endDate ? formatDate(mission.endDate) : t('facts.ongoing')}`,
    ],
    [t('facts.reports'), mission.periodType === 'quarter' ? t('facts.quarterly') : t('facts.monthly')],
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
      {mandate ? (
        <details className="mandate">
          <summary>{t('facts.mandate')}</summary>
          <p>{mandate}</p>
        </details>
      ) : null}
    </div>
  );
}
