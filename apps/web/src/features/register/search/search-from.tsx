import { useState } from 'react';
import { AutoComplete, Button, Flex, Input, Segmented, Tag, Typography, message } from 'antd';
import { AimOutlined, CloseOutlined, EnvironmentOutlined, PushpinOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { usePlaces } from '../register-api.ts';
import { distanceChoiceOf, distanceChoices, distancePatch, nearOf, parseNear, type DistanceChoice, type SearchValues } from './search-state.ts';

const OTHER_DISTANCE = 'other';

type Props = {
  state: SearchValues;
  update: (patch: SearchValues) => void;
  picking: boolean;
  onPickingChange: (picking: boolean) => void;
};

/** Where to search from (a typed place, the browser's location, a point on the map) and how far. */
export function SearchFrom({ state, update, picking, onPickingChange }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [locating, setLocating] = useState(false);
  const places = usePlaces(useDebouncedValue(text, 250));
  const origin = parseNear(state.near);
  const setOrigin = (point: { lat: number; lng: number }, from: string) => update({ near: nearOf(point), from, ...(state.radius || state.walk ? {} : distancePatch('walk15')), sort: state.sort === 'distance' ? undefined : state.sort });

  const locate = () => {
    if (!navigator.geolocation) return void message.warning(t('register:find.from.locationFailed'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        setOrigin({ lat: position.coords.latitude, lng: position.coords.longitude }, t('register:find.from.here'));
      },
      () => {
        setLocating(false);
        void message.warning(t('register:find.from.locationFailed'));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  const options = (places.data ?? []).map((p) => ({
    value: p.code,
    label: (
      <Flex justify="space-between" gap={8}>
        <span>{i18n.language.startsWith('en') && p.nameEn ? p.nameEn : p.name}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`register:find.from.levels.${p.level}`)}
          {p.parentName ? ` · ${p.parentName}` : ''}
        </Typography.Text>
      </Flex>
    ),
  }));

  return (
    <Flex vertical gap={8}>
      {origin ? (
        <Flex align="center" gap={8} wrap>
          <Tag color="orange" icon={<EnvironmentOutlined />} style={{ margin: 0, fontSize: 14, padding: '4px 8px' }} data-testid="search-origin">
            {state.from || t('register:find.from.picked')}
          </Tag>
          <Button size="small" type="text" icon={<CloseOutlined />} onClick={() => update({ near: undefined, from: undefined, radius: undefined, walk: undefined })} aria-label={t('register:find.from.clear')} />
        </Flex>
      ) : null}
      <AutoComplete
        value={text}
        options={options}
        onSearch={setText}
        onSelect={(code: string) => {
          const place = places.data?.find((p) => p.code === code);
          if (!place) return;
          setText('');
          setOrigin(place, place.name);
        }}
        notFoundContent={text.trim() && places.isFetched ? t('register:find.from.noPlaces') : null}
        style={{ width: '100%' }}
      >
        <Input allowClear prefix={<EnvironmentOutlined />} placeholder={t('register:find.from.placeholder')} aria-label={t('register:find.from.placeholder')} data-testid="search-place" />
      </AutoComplete>
      <Flex gap={8} wrap>
        <Button icon={<AimOutlined />} onClick={locate} loading={locating} data-testid="search-my-location">
          {locating ? t('register:find.from.locating') : t('register:find.from.myLocation')}
        </Button>
        <Button icon={<PushpinOutlined />} type={picking ? 'primary' : 'default'} onClick={() => onPickingChange(!picking)} data-testid="search-pick-on-map">
          {picking ? t('register:find.from.cancelPick') : t('register:find.from.pickOnMap')}
        </Button>
      </Flex>
      {origin ? (
        <Segmented
          // A distance none of the choices names is shown as it is, chosen, rather than as a choice it is not.
          value={distanceChoiceOf(state) ?? OTHER_DISTANCE}
          onChange={(choice) => choice !== OTHER_DISTANCE && update(distancePatch(choice as DistanceChoice))}
          aria-label={t('register:find.distance.label')}
          data-testid="search-distance"
          options={[
            ...distanceChoices.map((c) => ({ value: c, label: c === 'walk15' ? t('register:find.distance.walk', { minutes: 15 }) : t('register:find.distance.km', { km: Number(c) / 1000 }) })),
            ...(distanceChoiceOf(state) === null ? [{ value: OTHER_DISTANCE, label: state.radius ? t('register:find.distance.km', { km: Number(state.radius) / 1000 }) : t('register:find.distance.walk', { minutes: Number(state.walk) }) }] : []),
          ]}
        />
      ) : null}
    </Flex>
  );
}
