import { describe, expect, it } from 'vitest';
import { ageInMonths, classTypesForAge } from './age-groups.ts';

describe('age groups', () => {
  it('counts whole months', () => {
    expect(ageInMonths('2024-03-15', '2024-04-14')).toBe(0);
    expect(ageInMonths('2024-03-15', '2024-04-15')).toBe(1);
    expect(ageInMonths('2023-01-31', '2025-01-30')).toBe(23);
    expect(ageInMonths('2023-01-31', '2025-01-31')).toBe(24);
    expect(ageInMonths('2025-05-01', '2025-04-01')).toBe(0);
  });

  it('matches class types to the national age ranges', () => {
    expect(classTypesForAge(8, 18)).toEqual(['infantClass']);
    expect(classTypesForAge(12, 18)).toEqual(['toddlerClass']);
    expect(classTypesForAge(18, 18)).toEqual(['toddlerClass', 'mixedClass']);
    expect(classTypesForAge(30, 18)).toEqual(['twosClass', 'mixedClass']);
    expect(classTypesForAge(3, 18)).toEqual(['infantClass']);
    expect(classTypesForAge(38, 18)).toEqual(['twosClass', 'mixedClass']);
  });

  it('follows a city that raises the mixed-class minimum age', () => {
    expect(classTypesForAge(20, 24)).toEqual(['toddlerClass']);
    expect(classTypesForAge(24, 24)).toEqual(['twosClass', 'mixedClass']);
  });
});
