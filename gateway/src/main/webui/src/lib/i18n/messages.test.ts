import { describe, expect, it } from 'vitest';
import { catalogueKeys, enumLabel, storedLanguage, storeLanguage, translate } from './messages';

describe('translate', () => {
  it('speaks Chinese by default and English on request', () => {
    expect(translate('zh-CN', 'nav.organizations')).toBe('党组织');
    expect(translate('en', 'nav.organizations')).toBe('Organizations');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('zh-CN', 'app.total', { total: 21 })).toBe('共 21 条');
    expect(translate('en', 'overview.coveragePaired', { paired: 3 })).toBe('{paired} of {total} paired'.replace('{paired}', '3'));
  });

  it('shows an unknown key as itself', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('labels enum values, and shows an unknown value as it is', () => {
    expect(enumLabel('zh-CN', 'sector', 'NON_PUBLIC_ENTERPRISE')).toBe('非公企业');
    expect(enumLabel('en', 'pairingStatus', 'PROPOSED')).toBe('Proposed');
    expect(enumLabel('zh-CN', 'sector', 'SPACE')).toBe('SPACE');
    expect(enumLabel('zh-CN', 'sector', null)).toBe('');
  });
});

describe('catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(catalogueKeys('en')).toEqual(catalogueKeys('zh-CN'));
  });
});

describe('the remembered language', () => {
  it('is Chinese until English was chosen', () => {
    const saved = new Map<string, string>();
    const storage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) };
    expect(storedLanguage(storage)).toBe('zh-CN');
    storeLanguage(storage, 'en');
    expect(storedLanguage(storage)).toBe('en');
    saved.set('gongjian.language', 'fr');
    expect(storedLanguage(storage)).toBe('zh-CN');
  });
});
