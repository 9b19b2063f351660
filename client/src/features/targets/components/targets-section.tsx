import { useState } from 'react';
import type { IndicatorId } from '@cpea/shared/catalog';
import { ErrorState, LoadingState } from '../../../components/states';
import { useTargets } from '../api/get-targets';
import { TargetsEditor } from './targets-editor';
import { TargetsTable } from './targets-table';
import { VersionsTable } from './versions-table';
import '../targets.css';
import { useT } from '../../../lib/i18n';
import { useIndicatorSet } from '../../../lib/indicator-set';

interface TargetsSectionProps {
  missionId: number;
  /** Admins edit; everyone else reads. The server enforces it regardless. */
  canEdit: boolean;
  firstValuePeriods: Partial<Record<IndicatorId, string>>;
  /** The mission's approved periods, oldest first: what a baseline window may average. */
  approvedPeriods: readonly string[];
}

/** The mission's baselines, targets and weights: a table for everyone, an editor for admins. */
export function TargetsSection({ missionId, canEdit, firstValuePeriods, approvedPeriods }: TargetsSectionProps) {
  const targets = useTargets(missionId);
  const { indicators } = useIndicatorSet(missionId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const t = useT();
  return (
    <section className="section" aria-labelledby="targets-title">
      <div className="section-header">
        <h2 id="targets-title">{t('targets.heading')}</h2>
        {canEdit && !editing && targets.data ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('targets.edit')}
          </button>
        ) : null}
      </div>
      <p className="targets-saved" aria-live="polite">
        {saved ? t('targets.saved') : ''}
      </p>
      {targets.isPending ? (
        <LoadingState label={t('targets.loading')} />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : editing ? (
        <>
          <VersionsTable data={targets.data} />
          <TargetsEditor
            missionId={missionId}
            data={targets.data}
            firstValuePeriods={firstValuePeriods}
            approvedPeriods={approvedPeriods}
            indicators={indicators}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => setEditing(false)}
          />
        </>
      ) : (
        <>
          <TargetsTable data={targets.data} firstValuePeriods={firstValuePeriods} indicators={indicators} />
          <VersionsTable data={targets.data} />
          {canEdit ? null : <p className="muted">{t('targets.adminOnly')}</p>}
        </>
      )}
    </section>
  );
}
