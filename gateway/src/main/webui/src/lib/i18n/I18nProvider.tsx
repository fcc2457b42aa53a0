import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { configureApi } from '../api/client';
import { enumLabel, storeLanguage, storedLanguage, translate, type Language, type MessageKey } from './messages';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  label: (group: string, value: string | null | undefined) => string;
  date: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
  number: (value: number | null | undefined) => string;
  percent: (value: number | null | undefined) => string;
  /** Sorts names in the user's language (pinyin order for Chinese). */
  compare: (a: string, b: string) => number;
}

const I18nContext = createContext<I18n | null>(null);

function applyLanguage(language: Language) {
  configureApi({ language });
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() => {
    const initial = storedLanguage(window.localStorage);
    applyLanguage(initial);
    return initial;
  });
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(window.localStorage, next);
    applyLanguage(next);
    setState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = language === 'zh-CN' ? 'zh-CN' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    const numberFormat = new Intl.NumberFormat(locale);
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const collator = new Intl.Collator(language === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en');
    const parse = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00`) : new Date(v));
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      label: (group, v) => enumLabel(language, group, v),
      date: (v) => (v ? dateFormat.format(parse(v)) : ''),
      dateTime: (v) => (v ? dateTimeFormat.format(new Date(v)) : ''),
      number: (v) => (v === null || v === undefined ? '—' : numberFormat.format(v)),
      percent: (v) => (v === null || v === undefined ? '—' : percentFormat.format(v)),
      compare: collator.compare,
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
