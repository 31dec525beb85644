import { Flex, Typography } from 'antd';
import { useInstitutionLookup } from '../../../features/accounts/admin-api.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';

/** An account's institution by name (for administrators who may look institutions up), its id below to copy. */
export function InstitutionName({ id }: { id: string }) {
  const me = useSignedInMe();
  const lookup = useInstitutionLookup({ q: id }, hasPermission(me, 'institutions.lookup'));
  const institution = lookup.data?.items.find((i) => i.id === id);
  if (!institution) return <Typography.Text copyable>{id}</Typography.Text>;
  return (
    <Flex vertical>
      <Typography.Text>{institution.name}</Typography.Text>
      <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
        {id}
      </Typography.Text>
    </Flex>
  );
}
