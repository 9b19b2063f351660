import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useMyWork } from '../../features/reporting/api/get-reporting';
import { MyWorkList } from '../../features/reporting/components/my-work-list';
import { useT } from '../../lib/i18n';

export function MyWorkPage() {
  const t = useT();
  const isAdmin = useHasRole('admin');
  const work = useMyWork();
  const edit = (item: { assessmentId: number }) => `/assessments/${item.assessmentId}/edit`;
  return (
    <div className="page page--prose">
      <title>{t('myWork.title')}</title>
      <Breadcrumbs items={[{ label: t('mission.breadcrumbOverview'), to: '/' }, { label: t('myWork.heading') }]} />
      <h1>{t('myWork.heading')}</h1>
      <p className="page-header__lead">{t('myWork.lead')}</p>
      {work.isPending ? (
        <LoadingState label={t('myWork.loading')} />
      ) : work.isError ? (
        <ErrorState error={work.error} onRetry={() => void work.refetch()} />
      ) : (
        <>
          <MyWorkList
            id="sent-back-title"
            title={t('myWork.sentBack')}
            empty={t('myWork.sentBackNone')}
            items={work.data.sentBack}
            to={edit}
          />
          <MyWorkList
            id="drafts-title"
            title={t('myWork.drafts')}
            empty={t('myWork.draftsNone')}
            items={work.data.drafts}
            to={edit}
          />
          {isAdmin ? (
            <MyWorkList
              id="awaiting-title"
              title={t('myWork.awaiting')}
              empty={t('myWork.awaitingNone')}
              items={work.data.awaitingApproval}
              to={(item) => `/missions/${item.mission.id}#assessments`}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
