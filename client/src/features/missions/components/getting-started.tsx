import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';

/** What a new installation shows instead of an empty table: the first three steps. */
export function GettingStarted({ canManage, canEnter }: { canManage: boolean; canEnter: boolean }) {
  const t = useT();
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">{t('gettingStarted.heading')}</h2>
      <ol className="getting-started__steps">
        <li>
          <p className="getting-started__step">{t('gettingStarted.step1')}</p>
          <p>
            {t('gettingStarted.step1Text')}{' '}
            {canManage ? (
              <Link to="/missions/new">{t('gettingStarted.step1Link')}</Link>
            ) : (
              t('gettingStarted.step1Admin')
            )}
          </p>
        </li>
        <li>
          <p className="getting-started__step">{t('gettingStarted.step2')}</p>
          <p>
            {t('gettingStarted.step2Text')} <Link to="/methodology">{t('gettingStarted.step2Link')}</Link>).
          </p>
        </li>
        <li>
          <p className="getting-started__step">{t('gettingStarted.step3')}</p>
          <p>
            {t('gettingStarted.step3Text')}{' '}
            {canEnter ? <Link to="/import">{t('gettingStarted.step3Link')}</Link> : t('gettingStarted.step3Link')}
            {t('gettingStarted.step3After')}
          </p>
        </li>
      </ol>
    </section>
  );
}
