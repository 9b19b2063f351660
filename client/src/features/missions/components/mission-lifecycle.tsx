import { useId, useState } from 'react';
import type { Mission, MissionChanges } from '@cpea/shared/mission';
import { FormField } from '../../../components/form-field';
import { SaveRefused, isStaleVersion } from '../../../components/save-refused';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import { useUpdateMission } from '../api/update-mission';

/** Today as an ISO date, in the user's own calendar day. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Ending and archiving a mission, each a step of its own with its consequence said first. An
 * ended mission takes no assessment after the period of its end date and is not chased for
 * reports; an archived one leaves the overview and takes no change until it is restored.
 */
export function MissionLifecycle({
  mission,
  onReloadLatest,
}: {
  mission: Mission;
  /** Loads the version someone else saved. */
  onReloadLatest: () => void;
}) {
  const t = useT();
  const translate = useTranslateMessage();
  const update = useUpdateMission(mission.id);
  const [endDate, setEndDate] = useState(mission.endDate ?? today());
  const [done, setDone] = useState<string | null>(null);
  const headingId = useId();

  const send = (changes: MissionChanges, message: string) => {
    setDone(null);
    update.mutate({ ...changes, version: mission.version }, { onSuccess: () => setDone(message) });
  };
  const failure = update.error;
  const endIssue =
    failure && isApiError(failure) ? failure.issues.find((issue) => issue.path === 'endDate')?.message : undefined;

  return (
    <section className="section mission-lifecycle" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('editMission.lifecycle')}</h2>
      <div className="mission-lifecycle__step">
        <h3>
          {mission.endDate ? t('editMission.ended', { date: formatDate(mission.endDate) }) : t('editMission.end')}
        </h3>
        <p className="muted">{t('editMission.endLead')}</p>
        <div className="mission-lifecycle__row">
          <FormField id="mission-end-now" label={t('editMission.endDate')} error={endIssue}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={endDate}
                min={mission.startDate}
                onChange={(event) => setEndDate(event.target.value)}
              />
            )}
          </FormField>
          <button
            type="button"
            className="button"
            disabled={update.isPending || mission.archived || endDate === '' || endDate === mission.endDate}
            onClick={() => send({ endDate }, t('editMission.endedDone', { date: formatDate(endDate) }))}
          >
            {t('editMission.endButton')}
          </button>
          {mission.endDate ? (
            <button
              type="button"
              className="button"
              disabled={update.isPending || mission.archived}
              onClick={() => send({ endDate: null }, t('editMission.reopenedDone'))}
            >
              {t('editMission.clearEnd')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="mission-lifecycle__step">
        <h3>{mission.archived ? t('editMission.archivedHeading') : t('editMission.archive')}</h3>
        <p className="muted">{mission.archived ? t('editMission.restoreLead') : t('editMission.archiveLead')}</p>
        <button
          type="button"
          className={mission.archived ? 'button' : 'button button--danger'}
          disabled={update.isPending}
          onClick={() =>
            mission.archived
              ? send({ archived: false }, t('editMission.restoredDone'))
              : send({ archived: true }, t('editMission.archivedDone'))
          }
        >
          {mission.archived ? t('editMission.restoreButton') : t('editMission.archiveButton')}
        </button>
      </div>
      <p role="status" className="mission-lifecycle__done">
        {done}
      </p>
      {failure ? (
        <SaveRefused
          message={translate(errorMessage(failure))}
          stale={isStaleVersion(failure)}
          onReloadLatest={() => {
            update.reset();
            onReloadLatest();
          }}
        />
      ) : null}
    </section>
  );
}
