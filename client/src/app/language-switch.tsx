import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_LOCALE, LOCALES, LOCALE_PARAM, isLocale, useLocale, useT } from '../lib/i18n';

/**
 * The language select in the header. The choice is remembered (localStorage, by the provider)
 * and kept in the URL as `?lang=fr`, so a copied link opens in the same language; English,
 * the default, leaves the URL clean.
 */
export function LanguageSwitch() {
  const t = useT();
  const { requested, setLocale } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const inUrl = searchParams.get(LOCALE_PARAM);

  useEffect(() => {
    const wanted = requested === DEFAULT_LOCALE ? null : requested;
    if (inUrl === wanted) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (wanted) next.set(LOCALE_PARAM, wanted);
        else next.delete(LOCALE_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [requested, inUrl, setSearchParams]);

  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('language.label')}</label>
      <select
        id="language-switch"
        value={requested}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
