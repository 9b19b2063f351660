import { CATALOG_FR } from '@cpea/shared/i18n/catalog-fr';
import { translateMessageFr } from '@cpea/shared/i18n/messages-fr';
import type { LocaleBundle } from '../lib/i18n';
import { fr } from './fr';

export const frBundle: LocaleBundle = { messages: fr, catalog: CATALOG_FR, translateMessage: translateMessageFr };
