// The supported UI languages and their catalogues; adding a language is one entry here.
import { en, type MessageKey } from './en';
import { sv } from './sv';

export const locales = ['en', 'sv'] as const;
export type Locale = (typeof locales)[number];

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, sv };

/** Each language's name in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = { en: 'English', sv: 'Svenska' };

/** BCP 47 tags for Intl number and date formatting. */
export const localeTags: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
