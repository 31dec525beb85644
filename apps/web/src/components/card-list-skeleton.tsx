import { Card, Flex, Skeleton } from 'antd';

/** Three placeholder cards while a list of result cards loads. */
export function CardListSkeleton() {
  return (
    <Flex vertical gap={12}>
      {[0, 1, 2].map((k) => (
        <Card key={k} style={{ borderRadius: 12 }}>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      ))}
    </Flex>
  );
}
