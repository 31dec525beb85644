import { useState } from 'react';
import { Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NearbyInstitution } from '@youyu/contracts';
import { ErrorState } from '../../components/error-state.tsx';
import { useNearby } from './closures-api.ts';
import { distanceText } from './distance.ts';

const radii = [1, 3, 5, 10] as const;

/** Filed institutions around the closing one with free places, per class type, nearest first. */
export function NearbyTable({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [radiusKm, setRadiusKm] = useState<number | undefined>(undefined);
  const nearby = useNearby(caseId, { radiusKm });
  const defaultKm = nearby.data && radiusKm === undefined ? nearby.data.radiusMetres / 1000 : null;
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Typography.Text>{t('closures:nearby.radius')}</Typography.Text>
        <Segmented
          value={radiusKm ?? defaultKm ?? 3}
          onChange={(value) => setRadiusKm(Number(value))}
          options={radii.map((km) => ({ value: km, label: t('closures:nearby.km', { count: km }) }))}
        />
        {defaultKm !== null ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('closures:nearby.defaultRadius', { count: defaultKm })}
          </Typography.Text>
        ) : null}
      </Flex>
      {nearby.isError ? (
        <ErrorState error={nearby.error} onRetry={() => void nearby.refetch()} compact />
      ) : (
        <Table<NearbyInstitution>
          rowKey="id"
          size="middle"
          loading={nearby.isFetching}
          dataSource={nearby.data?.items}
          pagination={false}
          scroll={{ x: 820 }}
          locale={{ emptyText: nearby.isPending ? ' ' : t('closures:nearby.empty') }}
          columns={[
            {
              title: t('closures:nearby.name'),
              key: 'name',
              render: (_, i) => (
                <Flex vertical>
                  <Typography.Text strong>{i.name}</Typography.Text>
                  <Flex gap={4}>
                    <Tag>{t(`institutions:kinds.${i.kind}`)}</Tag>
                    {i.isInclusive ? <Tag color="green">{t('institutions:inclusive.yes')}</Tag> : null}
                  </Flex>
                </Flex>
              ),
            },
            { title: t('closures:nearby.distance'), dataIndex: 'distanceMetres', width: 100, render: (m: number) => distanceText(m, t) },
            {
              title: t('closures:nearby.vacancies'),
              key: 'vacancies',
              render: (_, i) => (
                <Flex gap={4} wrap>
                  {i.vacancies.map((v) => (
                    <Tag key={v.classType} color={v.vacancies > 0 ? 'blue' : 'default'}>
                      {t('closures:nearby.classVacancy', { classType: t(`register:classTypesShort.${v.classType}`), count: v.vacancies })}
                      {v.reserved > 0 ? t('closures:nearby.reserved', { count: v.reserved }) : ''}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            { title: t('closures:nearby.phone'), dataIndex: 'phone', width: 130 },
          ]}
        />
      )}
    </Flex>
  );
}
