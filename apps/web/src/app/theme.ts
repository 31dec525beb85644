import type { ThemeConfig } from 'antd';

/** Civic blue for trust, a warm accent for families; system CJK fonts first so Chinese renders crisply. */
export const brand = {
  primary: '#1d5fd1',
  primaryDark: '#123f91',
  accent: '#f59e2c',
  surface: '#f4f7fb',
  ink: '#1b2a41',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand.primary,
    colorInfo: brand.primary,
    colorLink: brand.primary,
    colorTextBase: brand.ink,
    borderRadius: 8,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0f2a55', bodyBg: brand.surface, headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0f2a55', darkSubMenuItemBg: '#0b2147', darkItemSelectedBg: brand.primary },
    Card: { borderRadiusLG: 12 },
  },
};
