import { describe, expect, it } from 'vitest';
import { apiQueryOf, distanceChoiceOf } from './search-state.ts';

describe('how far the map page searches', () => {
  it('names the choice the URL holds, and none for a distance no choice names', () => {
    expect(distanceChoiceOf({})).toBe('walk15');
    expect(distanceChoiceOf({ walk: '15' })).toBe('walk15');
    expect(distanceChoiceOf({ radius: '3000' })).toBe('3000');
    // A shared link's distance is shown as it is, not as the nearest choice.
    expect(distanceChoiceOf({ radius: '30000' })).toBeNull();
    expect(distanceChoiceOf({ walk: '30' })).toBeNull();
  });

  it('asks the API for a 15-minute walk when the URL names no distance', () => {
    expect(apiQueryOf({ near: '39.9,116.4' }, 1, 20)).toMatchObject({ near: '39.9,116.4', walk: '15', radius: undefined });
    expect(apiQueryOf({ near: '39.9,116.4', radius: '30000' }, 1, 20)).toMatchObject({ radius: '30000', walk: undefined });
    expect(apiQueryOf({ radius: '3000' }, 2, 20)).toMatchObject({ near: undefined, radius: undefined, walk: undefined, page: 2 });
  });
});
