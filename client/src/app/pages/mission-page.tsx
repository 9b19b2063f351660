import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Assessment } from '@cpea/shared/assessment';
import type { Mission } from '@cpea/shared/mission';
import { comparePeriods } from '@cpea/shared/periods';
import { trendOf, withDerivedValues } from '@cpea/shared/scoring';
import { BandBadge } from '../../components/band-badge';
import { CheckboxField } from '../../components/form-field';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { QualityBadges } from '../../components/quality-badges';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { TrendLabel } from '../../components/trend-label';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { useActiveAdminCount } from '../../features/admin/api/get-users';
import { useHasRole, useMe } from '../../features/auth/api/get-me';
import { useAssessments } from '../../features/assessments/api/get-assessments';
import { AssessmentsTable } from '../../features/assessments/components/assessments-table';
import { DeleteDraft } from '../../features/assessments/components/delete-draft';
import { ChallengeHeatmap } from '../../features/assessments/components/challenge-heatmap';
import { useMission } from '../../features/missions/api/get-mission';
import { ExportCsvLinks } from '../../features/exports/components/export-csv-links';
import { TemplateCsvLink } from '../../features/exports/components/template-csv-link';
import { MissionFacts } from '../../features/missions/components/mission-facts';
import { useTargets } from '../../features/targets/api/get-targets';
import { TargetsSection } from '../../features/targets/components/targets-section';
import { useMissionScores } from '../../features/trends/api/get-mission-scores';
import { IndicatorCharts, type ProvenanceByPeriod } from '../../features/trends/components/indicator-charts';
import { ScoreTrendChart } from '../../features/trends/components/score-trend-chart';
import { WhyScore } from '../../features/trends/components/why-score';
import { WorkflowActions } from '../../features/workflow/components/workflow-actions';
import { isApiError } from '../../lib/api';
import { useIndicatorSet } from '../../lib/indicator-set';
import { formatCompleteness, formatDate, formatPeriod, formatScore } from '../../lib/format';
import { firstValuePeriods } from '../../lib/target-origins';
import { useMissionViewSettled } from '../mission-view';
import { useIdParam } from '../use-id-param';
import { useSearchFlag } from '../use-search-flag';
import { NotFoundPage } from './not-found-page';
import { useMissionName, useT, type Translate } from '../../lib/i18n';

/** The mission's own source line: demo data, or the assessments entered for it. */
function missionSource(mission: Mission, t: Translate): string {
  return mission.illustrative ? t('mission.illustrative') : t('mission.entered', { acronym: mission.acronym });
}

/** The source line under the mission's score charts, citing UCDP GED when any value came from it. */
function chartSources(mission: Mission, assessments: readonly Assessment[], t: Translate): string[] {
  const sources = [missionSource(mission, t)];
  if (assessments.some((assessment) => Object.values(assessment.provenance).includes('ucdp_ged'))) {
    sources.push(t('mission.ucdpCounts', { citation: UCDP_GED_CITATION }));
  }
  return sources;
}

export function MissionPage() {
  const missionId = useIdParam('missionId');
  const t = useT();
  // The parts wait for the view that carries them all, so none is asked for on its own meanwhile.
  const settled = useMissionViewSettled(useQueryClient(), missionId);
  if (!settled) return <LoadingState label={t('mission.loading')} />;
  return <MissionContent missionId={missionId} />;
}

function MissionContent({ missionId }: { missionId: number | null }) {
  const mission = useMission(missionId ?? undefined);
  const assessments = useAssessments(missionId ?? undefined);
  const scores = useMissionScores(missionId ?? undefined);
  // The view "rescored under current settings" is asked for by name and kept in the URL.
  const [rescored, setRescored] = useSearchFlag('rescored');
  const targets = useTargets(missionId ?? undefined);
  const indicatorSet = useIndicatorSet(missionId ?? undefined);
  const me = useMe();
  const canEnter = useHasRole('analyst');
  const canManage = useHasRole('admin');
  // Only admins may list users, and the count matters only for an admin's own submitted work;
  // the server decides anyway if it is not there yet.
  const activeAdmins = useActiveAdminCount(
    canManage &&
      !!assessments.data?.some(
        (a) => a.status === 'submitted' && (a.authorId === me.data?.id || a.lastEditorId === me.data?.id),
      ),
  );
  const t = useT();
  const missionName = useMissionName();
  // The headline and score trend are drawn first; the indicator charts, heat map, "Why this
  // score?" and targets (MINUSCA's reach back to 1989) follow in a render of their own, so the
  // top of the page does not wait for all of them.
  const belowTrend = useDeferredValue(true, false);
  // After a draft is deleted its row and button are gone: focus moves to the message saying so.
  const [deleted, setDeleted] = useState<string | null>(null);
  const deletedRef = useRef<HTMLParagraphElement>(null);
  // Once the commit that closes the dialog is done: while it is open the page behind is inert
  // and cannot take focus.
  useEffect(() => {
    if (deleted) deletedRef.current?.focus();
  }, [deleted]);

  if (missionId == null || (mission.isError && isApiError(mission.error) && mission.error.status === 404)) {
    return <NotFoundPage what="mission" />;
  }
  if (mission.isPending) return <LoadingState label={t('mission.loading')} />;
  if (mission.isError) return <ErrorState error={mission.error} onRetry={() => void mission.refetch()} />;

  const m = mission.data;
  // The headline is the latest approved period's published score, never a draft's live one.
  const approved = scores.data?.periods.filter((period) => period.status === 'approved') ?? [];
  const latest = approved.at(-1);
  const list = assessments.data ?? [];
  const provenance: ProvenanceByPeriod = Object.fromEntries(list.map((a) => [a.period, a.provenance]));
  const firsts = firstValuePeriods(
    list.map((a) => ({ period: a.period, values: withDerivedValues(a.values) })),
    comparePeriods,
  );
  return (
    <div className="page">
      <title>{`${m.acronym} · CPEA`}</title>
      <Breadcrumbs items={[{ label: t('mission.breadcrumbOverview'), to: '/' }, { label: m.acronym }]} />
      <div className="page-header">
        <div>
          <h1>
            {missionName(m)} <span className="acronym">({m.acronym})</span>
          </h1>
          {m.illustrative ? <p className="tag">{t('mission.illustrative')}</p> : null}
          {m.archived ? <p className="tag tag--archived">{t('mission.archivedTag')}</p> : null}
          {m.endDate ? <p className="tag">{t('mission.endedTag', { date: formatDate(m.endDate) })}</p> : null}
        </div>
        <div className="page-header__actions">
          <Link to={`/missions/${m.id}/factsheet`} className="button">
            {t('factsheet.link')}
          </Link>
          {list.length > 0 ? <ExportCsvLinks missions={[m.id]} /> : null}
          {canManage ? (
            <Link to={`/missions/${m.id}/edit`} className="button">
              {t('editMission.link')}
            </Link>
          ) : null}
        </div>
      </div>
      {latest && scores.data ? (
        <div className="headline">
          <span>
            {t('mission.latestApproved')} <strong>{formatPeriod(latest.period)}</strong>{' '}
            <span className="status status--approved">{t('mission.approvedTag')}</span>
          </span>
          <span>
            {t('mission.publishedScore')} <strong className="headline__score">{formatScore(latest.overall)}</strong>
          </span>
          <BandBadge band={latest.band} completeness={latest.completeness} />
          <span>{formatCompleteness(latest.completeness)}</span>
          <TrendLabel trend={trendOf(approved).trend} />
          {latest.flags.length > 0 ? <QualityBadges score={latest} compact /> : null}
        </div>
      ) : scores.data && scores.data.periods.length > 0 ? (
        <p className="headline headline--none">{t('mission.noneApproved', { acronym: m.acronym })}</p>
      ) : null}
      <MissionFacts mission={m} />
      {list.length > 0 ? (
        <nav className="page-toc" aria-label={t('mission.onThisPage')}>
          <ul>
            <li>
              <a href="#indicators">{t('mission.indicators')}</a>
            </li>
            <li>
              <a href="#challenges">{t('mission.challenges')}</a>
            </li>
            <li>
              <a href="#assessments">{t('mission.assessments')}</a>
            </li>
            <li>
              <a href="#why">{t('mission.why')}</a>
            </li>
            <li>
              <a href="#targets">{t('mission.targets')}</a>
            </li>
          </ul>
        </nav>
      ) : null}

      <CheckboxField id="mission-rescored" label={t('published.rescored')} hint={t('published.rescoredHint')}>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={rescored}
            onChange={(event) => setRescored(event.target.checked)}
          />
        )}
      </CheckboxField>
      {rescored ? (
        <p className="note" role="note">
          {t('published.rescoredNote')}
        </p>
      ) : null}
      <ScoreTrendChart missionId={m.id} sources={chartSources(m, list, t)} subject={m.acronym} rescored={rescored} />

      <div id="indicators">
        {belowTrend ? (
          <IndicatorCharts
            missionId={m.id}
            sources={[missionSource(m, t)]}
            provenance={provenance}
            subject={m.acronym}
          />
        ) : null}
      </div>

      <div id="challenges" className="section">
        {belowTrend ? <ChallengeHeatmap missionId={m.id} sources={[missionSource(m, t)]} subject={m.acronym} /> : null}
      </div>

      <section id="assessments" className="section" aria-labelledby="assessments-title">
        <div className="section-header">
          <h2 id="assessments-title">{t('mission.assessments')}</h2>
          {m.archived || !canEnter ? null : (
            <div className="section-header__actions">
              <TemplateCsvLink missionId={m.id} />
              <Link to={`/missions/${m.id}/assessments/new`} className="button button--primary">
                {t('mission.addAssessment')}
              </Link>
            </div>
          )}
        </div>
        <p ref={deletedRef} tabIndex={-1} role="status" className="assessments__deleted">
          {deleted}
        </p>
        {assessments.isPending ? (
          <LoadingState label={t('mission.loadingAssessments')} />
        ) : assessments.isError ? (
          <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />
        ) : assessments.data.length === 0 ? (
          <EmptyState title={t('mission.noAssessments')}>
            <p>{t('mission.addFirst', { acronym: m.acronym })}</p>
          </EmptyState>
        ) : (
          <AssessmentsTable
            canEdit={canEnter}
            actions={(assessment) => (
              <div className="assessment-actions">
                <WorkflowActions
                  assessment={assessment}
                  user={me.data ?? null}
                  archived={m.archived}
                  activeAdmins={activeAdmins}
                />
                <DeleteDraft
                  assessment={assessment}
                  user={me.data ?? null}
                  archived={m.archived}
                  onDeleted={(gone) => {
                    setDeleted(t('mission.deletedDraft', { period: formatPeriod(gone.period) }));
                  }}
                />
              </div>
            )}
            rows={assessments.data.map((assessment) => ({
              assessment,
              score: scores.data?.periods.find((period) => period.assessmentId === assessment.id),
            }))}
          />
        )}
      </section>

      {belowTrend && scores.data && scores.data.periods.length > 0 ? (
        <div id="why">
          <WhyScore
            scores={scores.data}
            versions={targets.data?.versions}
            provenance={provenance}
            indicators={indicatorSet.indicators}
          />
        </div>
      ) : null}

      <div id="targets">
        {belowTrend ? (
          <TargetsSection
            missionId={m.id}
            canEdit={canManage && !m.archived}
            firstValuePeriods={firsts}
            approvedPeriods={list
              .filter((a) => a.status === 'approved')
              .map((a) => a.period)
              .sort(comparePeriods)}
          />
        ) : null}
      </div>
    </div>
  );
}
