import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequireSession } from '../features/accounts/require-session.tsx';
import { useSignedInMe } from '../features/accounts/session.ts';
import { NotFoundContent } from '../components/not-found.tsx';
import { RequirePermission } from './require-permission.tsx';
import { itemHref, visibleNavigation, type PortalDefinition, type PortalPage } from './navigation.ts';

export type ShellProps = { portal: PortalDefinition };

/** A portal without a home page opens the first page this role may see. */
function FirstAllowedPage({ portal }: ShellProps) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const first = visibleNavigation(portal, me.permissions)[0];
  if (!first) return <Result status="403" title={t('common:forbidden.title')} subTitle={t('common:forbidden.noPages')} />;
  return <Navigate to={itemHref(portal, first)} replace />;
}

function pageRoute({ path, permission, page }: PortalPage): RouteObject {
  const lazy = async () => ({ Component: await page() });
  return { element: <RequirePermission permission={permission} />, children: [path ? { path, lazy } : { index: true, lazy }] };
}

/**
 * The route tree of a portal: session and role check, its shell, then one route per page. The
 * shell's code loads with the portal, so the public pages don't carry four portals' menus.
 */
export function portalRoute(portal: PortalDefinition, loadShell: () => Promise<ComponentType<ShellProps>>): RouteObject {
  const pages: PortalPage[] = [...portal.navigation, ...(portal.pages ?? [])];
  const hasHome = pages.some((p) => p.path === '');
  return {
    path: `/${portal.id}`,
    lazy: async () => {
      const Shell = await loadShell();
      return {
        element: (
          <RequireSession roles={portal.roles}>
            <Shell portal={portal} />
          </RequireSession>
        ),
      };
    },
    children: [
      ...(hasHome ? [] : [{ index: true, element: <FirstAllowedPage portal={portal} /> }]),
      ...pages.map(pageRoute),
      { path: '*', element: <NotFoundContent homePath={`/${portal.id}`} /> },
    ],
  };
}
