import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export type { MessageKey };

export const LANGUAGES: Language[] = ['zh-CN', 'en'];
const CATALOGUES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'gongjian.language';

/** Looks a key up and fills `{name}` placeholders; an unknown key shows itself so that it is noticed. */
export function translate(language: Language, key: string, params?: Record<string, string | number>): string {
  const catalogue = CATALOGUES[language] as Record<string, string>;
  const text = catalogue[key] ?? (zhCN as Record<string, string>)[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The label of an enum value (`sector`, `ORGAN`), or the value itself when the catalogue has none. */
export function enumLabel(language: Language, group: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${group}.${value}`;
  const text = translate(language, key);
  return text === key ? value : text;
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  const saved = storage?.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  storage?.setItem(STORAGE_KEY, language);
}

export function catalogueKeys(language: Language): string[] {
  return Object.keys(CATALOGUES[language]).sort();
}
