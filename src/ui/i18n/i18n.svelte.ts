// The current UI language as rune state: persisted in localStorage, reflected in <html lang>.
import { catalogues, isLocale, localeTags, type Locale } from './catalogues';
import type { MessageKey } from './en';
import { formatMessage, type MessageParams } from './format-message';

const storageKey = 'costbook.locale';

function initialLocale(): Locale {
  const saved = readSaved();
  if (saved) return saved;
  return navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

function readSaved(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode, policy): fall back to the browser language
  }
}

class I18n {
  locale = $state<Locale>(initialLocale());
  readonly tag = $derived(localeTags[this.locale]);

  /** The message for `key` in the current language, with `{name}` placeholders filled. */
  t = (key: MessageKey, params?: MessageParams): string => formatMessage(catalogues[this.locale][key], params);

  setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // The choice still applies to this session.
    }
  }
}

export const i18n = new I18n();
document.documentElement.lang = i18n.locale;
