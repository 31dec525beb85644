import { Typography } from 'antd';
import { useJurisdictionName } from './jurisdictions.ts';

export function JurisdictionName({ code }: { code: string | null }) {
  const name = useJurisdictionName(code);
  return name ? <>{name}</> : <Typography.Text type="secondary">—</Typography.Text>;
}
