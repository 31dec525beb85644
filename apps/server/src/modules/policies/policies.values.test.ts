import { describe, expect, it } from 'vitest';
import { loosensFloor, type PolicyEntry } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import { policyCatalogue } from './policies.catalogue.ts';
import { addDays, profileChain, profileLevel } from './policies.jurisdiction.ts';
import { mergeLayers, validateEntries, type Layer } from './policies.values.ts';
import { shippedProfiles } from './shipped/install.ts';

const basis = { document: '文件', article: null, isSecondHand: false, note: null, noteKey: null };
const entry = (value: PolicyEntry['value']): PolicyEntry => ({ value, basis, loosensReason: null });

describe('tighten-only comparison', () => {
  it('orders numbers, booleans and ratios by the key’s direction', () => {
    expect(loosensFloor({ tighter: 'lower', type: 'integer' }, 21, 20)).toBe(true);
    expect(loosensFloor({ tighter: 'lower', type: 'integer' }, 18, 20)).toBe(false);
    expect(loosensFloor({ tighter: 'higher', type: 'days' }, 60, 90)).toBe(true);
    expect(loosensFloor({ tighter: 'higher', type: 'boolean' }, false, true)).toBe(true);
    expect(loosensFloor({ tighter: 'lower', type: 'ratio' }, '1:8', '1:7')).toBe(true);
    expect(loosensFloor({ tighter: 'lower', type: 'ratio' }, '1:6', '1:7')).toBe(false);
    expect(loosensFloor({ tighter: null, type: 'integer' }, 1, 1000)).toBe(false);
  });

  it('compares per-year maps year by year, and never counts "no number" as loosening', () => {
    expect(loosensFloor({ tighter: 'higher', type: 'perYear' }, { 2025: 50 }, { 2025: 60, 2024: 40 })).toBe(true);
    expect(loosensFloor({ tighter: 'higher', type: 'perYear' }, { 2024: 50, 2025: null }, { 2025: 60, 2024: 40 })).toBe(false);
    expect(loosensFloor({ tighter: 'lower', type: 'integer' }, null, 20)).toBe(false);
    expect(loosensFloor({ tighter: 'lower', type: 'integer' }, 30, null)).toBe(false);
  });
});

describe('merging profile layers', () => {
  const layer = (level: Layer['level'], values: Record<string, PolicyEntry>): Layer => ({ level, jurisdictionCode: level, versionId: crypto.randomUUID(), values });

  it('takes the strongest level that sets a value; a null never hides a lower rule', () => {
    const merged = mergeLayers(
      [layer('national', { 'a.x': entry(20), 'a.y': entry(null) }), layer('city', { 'a.x': entry(18), 'a.y': entry(null), 'a.z': entry(null) }), layer('district', { 'a.x': entry(null) })],
      ['a.x', 'a.y', 'a.z', 'a.w'],
    );
    expect(merged['a.x']).toMatchObject({ value: 18, level: 'city' });
    // Nobody sets a.y: the strongest statement (the city's, with its note) is shown.
    expect(merged['a.y']).toMatchObject({ value: null, level: 'city' });
    expect(merged['a.z']).toMatchObject({ value: null, level: 'city' });
    expect(merged['a.w']).toEqual({ value: null, basis: null, level: null, jurisdictionCode: null, versionId: null, loosensReason: null });
  });

  it('treats a per-year map of nulls as setting nothing', () => {
    const merged = mergeLayers([layer('city', { 'a.x': entry({ 2025: 4.5 }) }), layer('district', { 'a.x': entry({ 2025: null }) })], ['a.x']);
    expect(merged['a.x']).toMatchObject({ value: { 2025: 4.5 }, level: 'city' });
  });
});

describe('jurisdiction chain', () => {
  it('resolves places through their district and city, weakest first', () => {
    expect(profileChain('110118001001')).toEqual(['national', '110000', '110118']);
    expect(profileChain('500000')).toEqual(['national', '500000']);
    expect(profileChain('national')).toEqual(['national']);
    expect([profileLevel('national'), profileLevel('120000'), profileLevel('120101')]).toEqual(['national', 'city', 'district']);
    expect(() => profileLevel('110118001')).toThrow();
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('catalogue and shipped data', () => {
  const { keys, groups } = policyCatalogue();

  it('every shipped value has its key’s type and a document', () => {
    for (const profile of shippedProfiles) {
      expect(validateEntries(profile.values, profile.shippedKey), profile.shippedKey).toEqual([]);
      for (const value of Object.values(profile.values)) expect(value.basis.document.length).toBeGreaterThan(0);
    }
  });

  it('reports a wrong value per field', () => {
    const errors = validateEntries({ 'classRules.infantCarerRatio': entry('1:0'), 'targets.inclusiveShare': entry({ 2025: -1, '20x5': 3 }) }, 'body.values');
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['body.values.classRules.infantCarerRatio.value', 'invalid_format'],
      ['body.values.targets.inclusiveShare.value.2025', 'too_small'],
      ['body.values.targets.inclusiveShare.value.20x5', 'invalid_format'],
    ]);
  });

  it('has a label in both languages for every key, group, unit and option', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const missing = (key: string) => translate(locale, key) === key;
      for (const spec of keys) {
        expect(missing(spec.labelKey), `${locale} ${spec.labelKey}`).toBe(false);
        expect(missing(`policies:units.${spec.unit}`), `${locale} unit ${spec.unit}`).toBe(false);
        for (const option of spec.options ?? []) expect(missing(`${spec.labelKey}Options.${option}`), `${locale} ${spec.key} ${option}`).toBe(false);
      }
      for (const group of groups) expect(missing(`policies:groups.${group}`), `${locale} group ${group}`).toBe(false);
    }
  });
});
