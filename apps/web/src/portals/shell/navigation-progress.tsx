import { useNavigation } from 'react-router';
import { brand } from '../../app/theme.ts';

/** A thin bar at the top while the next page's code loads, so a click never looks ignored. */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return <div className="youyu-progress" style={{ background: brand.accent }} role="progressbar" aria-busy="true" />;
}
