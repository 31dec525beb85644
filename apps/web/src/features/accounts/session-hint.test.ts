import { describe, expect, it } from 'vitest';
import { hasSessionHint } from './session-hint.ts';

describe('hasSessionHint', () => {
  it('finds the CSRF cookie among others', () => {
    expect(hasSessionHint('youyu_csrf=abc')).toBe(true);
    expect(hasSessionHint('lang=zh-CN; youyu_csrf=abc%3D; theme=light')).toBe(true);
  });

  it('is false without it, when cleared, or for a look-alike name', () => {
    expect(hasSessionHint('')).toBe(false);
    expect(hasSessionHint('lang=zh-CN')).toBe(false);
    expect(hasSessionHint('youyu_csrf=')).toBe(false);
    expect(hasSessionHint('xyouyu_csrf=abc; youyu_csrf_old=abc')).toBe(false);
  });
});
