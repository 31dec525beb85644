import { describe, expect, it } from 'vitest';
import { localName, parentCodeOf } from './jurisdictions.ts';

describe('jurisdiction codes', () => {
  it('finds the level above: community → subdistrict → district → city → none', () => {
    expect(parentCodeOf('110105026001')).toBe('110105026');
    expect(parentCodeOf('110105026')).toBe('110105');
    expect(parentCodeOf('110105')).toBe('110000');
    expect(parentCodeOf('500101')).toBe('500000');
    expect(parentCodeOf('110000')).toBeNull();
  });

  it('names a place in English only where an English name is kept', () => {
    expect(localName({ name: '朝阳区', nameEn: 'Chaoyang District' }, 'en-US')).toBe('Chaoyang District');
    expect(localName({ name: '望京街道', nameEn: null }, 'en-US')).toBe('望京街道');
    expect(localName({ name: '朝阳区', nameEn: 'Chaoyang District' }, 'zh-CN')).toBe('朝阳区');
  });
});
