import { describe, expect, it } from 'vitest';
import { screenText } from './screening.ts';

describe('rating screening', () => {
  it('passes an ordinary comment', () => {
    expect(screenText('老师们很有耐心，饭菜也不错，就是停车不太方便。')).toEqual([]);
    expect(screenText('王老师很负责')).toEqual([]);
    expect(screenText('Teachers are kind; 5 stars, 2024 was great.')).toEqual([]);
  });

  it('holds phone and ID numbers', () => {
    expect(screenText('有事打我电话 138 0013 8000')).toEqual(['phone']);
    expect(screenText('园长座机010-12345678')).toEqual(['phone']);
    expect(screenText('孩子身份证11010520200101123X')).toEqual(['idNumber']);
  });

  it('holds what looks like a person’s name', () => {
    expect(screenText('王丽老师对孩子很凶')).toEqual(['name']);
    expect(screenText('我家孩子叫张小明')).toEqual(['name']);
  });

  it('holds abusive words, whatever their case', () => {
    expect(screenText('什么垃圾机构，混蛋')).toEqual(['abuse']);
    expect(screenText('FUCK this')).toEqual(['abuse']);
  });
});
