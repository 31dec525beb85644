import { Grid } from 'antd';
import { brand } from '../../../app/theme.ts';
import { MapSearch } from '../../../features/register/search/map-search.tsx';
import { PublicLayout } from '../public-layout.tsx';

/** The public map of filed institutions (找托育): no sign-in needed. */
export function PublicFindPage() {
  const isPhone = Grid.useBreakpoint().md === false;
  return (
    <PublicLayout>
      {isPhone ? (
        <div style={{ background: brand.surface, padding: 12 }}>
          <MapSearch />
        </div>
      ) : (
        <MapSearch />
      )}
    </PublicLayout>
  );
}
