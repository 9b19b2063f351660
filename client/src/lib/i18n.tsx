import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CATALOG_EN, withCustomIndicators, type CatalogText } from '@cpea/shared/i18n/catalog-text';
import { asIndicator } from '@cpea/shared/custom-indicators';
import { useCustomIndicatorList } from './indicator-set';
import { en, type Messages } from '../locales/en';
import { setFormatLocale } from './format';

// A small typed i18n layer: English is the source of truth and ships in the entry chunk;
// French (its messages, catalog and validation messages) is fetched when it is chosen.

export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];
export const DEFAULT_LOCALE: Locale = 'en';
const STORAGE_KEY = 'cpea.locale';
export const LOCALE_PARAM = 'lang';

type Path<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Path<T[K]>}`;
}[keyof T & string];
export type MessageKey = Path<Messages>;
/** Keys of `{ one, other }` pairs, for `t.plural`. */
export type PluralKey = MessageKey extends infer P ? (P extends `${infer Base}.one` ? Base : never) : never;
export type Params = Record<string, string | number>;

export interface LocaleBundle {
  messages: Messages;
  catalog: CatalogText;
  /** Turns an English validation message from the shared schemas or the API into this language. */
  translateMessage: (message: string) => string;
}

const EN_BUNDLE: LocaleBundle = { messages: en, catalog: CATALOG_EN, translateMessage: (message) => message };

async function loadBundle(locale: Locale): Promise<LocaleBundle> {
  if (locale === 'en') return EN_BUNDLE;
  const { frBundle } = await import('../locales/fr-bundle');
  return frBundle;
}

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'fr';

/** The URL's `?lang=` wins, so a shared link opens in its language; then the last choice; then English. */
export function initialLocale(search: string, stored: string | null): Locale {
  const fromUrl = new URLSearchParams(search).get(LOCALE_PARAM);
  if (isLocale(fromUrl)) return fromUrl;
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : key;
}

/** `{name}` placeholders filled from params; numbers formatted for the locale. */
export function interpolate(template: string, params: Params | undefined, locale: Locale = 'en'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

export interface Translate {
  (key: MessageKey, params?: Params): string;
  /** The `one` or `other` form of `key` for `count`, by the locale's plural rules (French: 0 and 1 are singular). */
  plural: (key: PluralKey, count: number, params?: Params) => string;
}

export function createTranslate(messages: Messages, locale: Locale): Translate {
  const rules = new Intl.PluralRules(locale);
  const t = ((key: MessageKey, params?: Params) => interpolate(lookup(messages, key), params, locale)) as Translate;
  t.plural = (key, count, params) => {
    const form = rules.select(count) === 'one' ? 'one' : 'other';
    return interpolate(lookup(messages, `${key}.${form}`), { count, ...params }, locale);
  };
  return t;
}

interface LocaleContextValue {
  /** The language the screen is in. */
  locale: Locale;
  /** The language chosen; differs from `locale` only while its messages load. */
  requested: Locale;
  setLocale: (locale: Locale) => void;
  bundle: LocaleBundle;
  t: Translate;
}

const LocaleContext = createContext<LocaleContextValue>({
  locale: DEFAULT_LOCALE,
  requested: DEFAULT_LOCALE,
  setLocale: () => {},
  bundle: EN_BUNDLE,
  t: createTranslate(en, DEFAULT_LOCALE),
});

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [requested, setRequested] = useState<Locale>(() => initialLocale(window.location.search, readStored()));
  const [loaded, setLoaded] = useState<{ locale: Locale; bundle: LocaleBundle }>({
    locale: DEFAULT_LOCALE,
    bundle: EN_BUNDLE,
  });

  useEffect(() => {
    let current = true;
    void loadBundle(requested).then((bundle) => {
      if (!current) return;
      setFormatLocale(requested, bundle.catalog.units);
      setLoaded({ locale: requested, bundle });
    });
    return () => {
      current = false;
    };
  }, [requested]);

  useEffect(() => {
    document.documentElement.lang = loaded.locale;
  }, [loaded.locale]);

  const setLocale = useCallback((locale: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice still holds for this page and its URL.
    }
    setRequested(locale);
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale: loaded.locale,
      requested,
      setLocale,
      bundle: loaded.bundle,
      t: createTranslate(loaded.bundle.messages, loaded.locale),
    }),
    [loaded, requested, setLocale],
  );

  // Every component that shows text or a formatted number reads this context, so a change of
  // language re-renders it in place: what a person has typed into a form is kept.
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale() {
  const { locale, requested, setLocale } = useContext(LocaleContext);
  return { locale, requested, setLocale };
}

export function useT(): Translate {
  return useContext(LocaleContext).t;
}

/**
 * The catalog's names and help texts in the screen's language, custom indicators' included
 * once read (only a signed-in user may read them; until then a custom id reads as itself).
 */
export function useCatalogText(): CatalogText {
  const { bundle, locale } = useContext(LocaleContext);
  const custom = useCustomIndicatorList();
  return useMemo(
    () => withCustomIndicators(bundle.catalog, custom.map(asIndicator), locale === 'fr'),
    [bundle.catalog, custom, locale],
  );
}

/** The roles' names in the screen's language: the header shows them on every screen, with no need of the custom indicators. */
export function useRoleNames(): CatalogText['roles'] {
  return useContext(LocaleContext).bundle.catalog.roles;
}

/** A mission's name in the screen's language: its French name in French, where it has one. */
export function useMissionName(): (mission: { name: string; nameFr?: string }) => string {
  const { locale } = useContext(LocaleContext);
  return useCallback((mission) => (locale === 'fr' && mission.nameFr ? mission.nameFr : mission.name), [locale]);
}

/** Translates an English validation message from the shared schemas or the API. */
export function useTranslateMessage(): (message: string) => string {
  return useContext(LocaleContext).bundle.translateMessage;
}
