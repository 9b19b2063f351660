import { Link } from 'react-router';
import { useT } from '../../lib/i18n';

export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'mission' | 'assessment' | 'report' }) {
  const t = useT();
  return (
    <div className="page page--narrow">
      <title>{t('notFound.title')}</title>
      <h1>{t('notFound.heading', { what: t(`notFound.what.${what}`) })}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.overviewLink')}</Link> {t('notFound.or')}{' '}
        <Link to="/methodology">{t('notFound.methodologyLink')}</Link>.
      </p>
    </div>
  );
}
