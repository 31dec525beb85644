import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, Card, Drawer, Empty, Flex, Grid, Pagination, Segmented, Select, Typography } from 'antd';
import { FilterOutlined, UnorderedListOutlined, EnvironmentOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RegisterItem, RegisterMarker } from '@youyu/contracts';
import { CardListSkeleton } from '../../../components/card-list-skeleton.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useBoundaries } from '../../jurisdictions/jurisdictions.ts';
import { cityOf, useMeta } from '../../meta/meta.ts';
import { InstitutionMap, type MapPoint } from '../map/institution-map.tsx';
import { RegisterCard } from '../register-card.tsx';
import { useRegister, useRegisterEntry, useRegisterMarkers } from '../register-api.ts';
import { SearchFilters } from './search-filters.tsx';
import { SearchFrom } from './search-from.tsx';
import { activeFilterCount, apiQueryOf, distanceChoiceOf, distancePatch, filterKeys, nearOf, parseNear, searchKeys, type SearchValues } from './search-state.ts';

const PAGE_SIZE = 20;
/** The map draws the first hundred points of a search (the markers answer: a quarter of whole entries' bytes). */
const MAP_POINTS = 100;
const sorts = ['distance', 'fee', 'vacancy', 'rating'] as const;
/** An empty search offers 5 km from one of the shorter choices (a distance of a shared link may be longer already). */
const canWiden = (choice: ReturnType<typeof distanceChoiceOf>) => choice !== null && choice !== '5000';

type Props = {
  /** 'phone': one column with a list/map switch, whatever the width (the family portal's narrow frame). */
  layout?: 'auto' | 'phone';
  /** Height the page may fill on wide screens (the map column). */
  desktopHeight?: string;
};


/**
 * Finding childcare near home: where from, how far, filters and order on one side, the list and
 * the map kept in step (hovering a card lights its point; clicking a point lights its card).
 * Everything is in the URL, so a search can be shared and survives a reload.
 */
export function MapSearch({ layout = 'auto', desktopHeight = 'calc(100vh - 64px)' }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = layout === 'phone' || screens.md === false;
  const meta = useMeta();
  const city = cityOf(meta.data);
  const boundaries = useBoundaries(city?.code);
  const [state, setState] = useSearchState(searchKeys, PAGE_SIZE);
  const update = (patch: SearchValues) => setState(patch);
  const listQuery = apiQueryOf(state, state.page, PAGE_SIZE);
  const { page: _page, pageSize: _pageSize, ...search } = listQuery;
  const list = useRegister(listQuery);
  const onMap = useRegisterMarkers({ ...search, limit: MAP_POINTS });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const origin = parseNear(state.near);
  const view = isPhone ? (state.view === 'map' ? 'map' : 'list') : 'both';

  const points: MapPoint[] = useMemo(() => (onMap.data?.items ?? []).map((i) => ({ id: i.id, name: i.name, lat: i.lat, lng: i.lng, inclusive: i.inclusive })), [onMap.data]);
  // Only a phone shows the lit institution's card over the map (a wide screen lights it in the list).
  const chosen = useChosen(isPhone ? activeId : null, list.data?.items, onMap.data?.items);

  // A card lit from the map scrolls into view on wide screens, where list and map stand side by side.
  useEffect(() => {
    if (!activeId || isPhone) return;
    document.querySelector(`[data-institution-id="${activeId}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [activeId, isPhone]);

  const filtersSet = activeFilterCount(state);
  const resetFilters = () => update(Object.fromEntries(filterKeys.map((k) => [k, undefined])));
  const pick = (point: { lat: number; lng: number }) => {
    setPicking(false);
    update({ near: nearOf(point), from: t('register:find.from.picked'), ...(state.radius || state.walk ? {} : distancePatch('walk15')) });
  };
  const setPickingAndShowMap = (on: boolean) => {
    setPicking(on);
    if (on && isPhone) update({ view: 'map' });
  };

  const map = (
    <div style={{ position: 'relative', height: '100%' }}>
      <InstitutionMap
        baseMap={meta.data?.baseMap ?? null}
        boundaries={boundaries.data}
        points={points}
        origin={origin}
        // The server's answer says how far it searched (a walk is the city profile's walking speed × minutes).
        radiusM={origin ? (onMap.data?.radiusM ?? (state.radius ? Number(state.radius) : null)) : null}
        activeId={activeId}
        onActivate={setActiveId}
        onOpen={setActiveId}
        picking={picking}
        onPick={pick}
        ariaLabel={t('register:find.map.label')}
        style={{ borderRadius: isPhone ? 12 : 0 }}
      />
      {picking ? (
        <Flex justify="center" style={{ position: 'absolute', top: 12, insetInline: 12, pointerEvents: 'none' }}>
          <Typography.Text style={{ background: '#fff', padding: '6px 12px', borderRadius: 16, boxShadow: '0 2px 8px rgba(0,0,0,0.15)' }}>{t('register:find.from.picking')}</Typography.Text>
        </Flex>
      ) : null}
      <MapLegend total={onMap.data?.total ?? 0} shown={points.length} />
      {chosen.id ? (
        <div style={{ position: 'absolute', insetInline: 8, bottom: 8 }} data-testid="map-preview">
          {chosen.item ? <RegisterCard item={chosen.item} /> : chosen.isError ? null : <Card loading size="small" style={{ borderRadius: 12 }} />}
        </div>
      ) : null}
    </div>
  );

  const toolbar = (
    <Flex gap={8} align="center" wrap>
      <Badge count={filtersSet} size="small">
        <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(true)} data-testid="search-filters-open">
          {t('register:find.filters.title')}
        </Button>
      </Badge>
      <Select
        aria-label={t('register:find.sort.label')}
        data-testid="search-sort"
        value={state.sort ?? (origin ? 'distance' : '')}
        onChange={(sort: string) => update({ sort: sort || undefined })}
        style={{ minWidth: 120 }}
        options={[...(origin ? [] : [{ value: '', label: t('register:find.sort.default') }]), ...sorts.filter((s) => s !== 'distance' || origin).map((s) => ({ value: s, label: t(`register:find.sort.${s}`) }))]}
      />
      {isPhone ? (
        <Segmented
          style={{ marginInlineStart: 'auto' }}
          value={view}
          onChange={(v) => update({ view: v === 'map' ? 'map' : undefined })}
          data-testid="search-view"
          options={[
            { value: 'list', label: t('register:find.view.list'), icon: <UnorderedListOutlined /> },
            { value: 'map', label: t('register:find.view.map'), icon: <EnvironmentOutlined /> },
          ]}
        />
      ) : null}
    </Flex>
  );

  const results = (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary" aria-live="polite" data-testid="search-count">
        {list.data ? (origin ? t('register:find.results.countNear', { place: state.from || t('register:find.from.picked'), count: list.data.total }) : t('register:find.results.count', { count: list.data.total })) : ' '}
      </Typography.Text>
      <ResultList query={list} activeId={activeId} onHover={setActiveId} onReset={filtersSet ? resetFilters : null} onWiden={origin && canWiden(distanceChoiceOf(state)) ? () => update(distancePatch('5000')) : null} />
      {(list.data?.total ?? 0) > PAGE_SIZE ? (
        <Flex justify="center">
          <Pagination simple current={state.page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} showSizeChanger={false} onChange={(page) => setState({ page })} />
        </Flex>
      ) : null}
    </Flex>
  );

  const filters = (
    <Drawer
      placement={isPhone ? 'bottom' : 'right'}
      height="85%"
      width={380}
      open={filtersOpen}
      onClose={() => setFiltersOpen(false)}
      title={t('register:find.filters.title')}
      footer={
        <Flex gap={8}>
          <Button onClick={resetFilters} disabled={filtersSet === 0}>
            {t('register:filters.reset')}
          </Button>
          {/* A spinner, not `loading`: a loading antd button swallows the tap, and the list behind updates anyway. */}
          <Button type="primary" block onClick={() => setFiltersOpen(false)} icon={list.isFetching ? <LoadingOutlined /> : undefined} data-testid="search-filters-apply">
            {t('register:filters.apply', { count: list.data?.total ?? 0 })}
          </Button>
        </Flex>
      }
    >
      <SearchFilters state={state} update={update} cityCode={city?.code ?? null} />
    </Drawer>
  );

  const searchFrom = <SearchFrom state={state} update={update} picking={picking} onPickingChange={setPickingAndShowMap} />;

  if (isPhone) {
    return (
      <Flex vertical gap={12} data-testid="map-search">
        <Card size="small" style={{ borderRadius: 12 }}>
          <Flex vertical gap={10}>
            {searchFrom}
            {toolbar}
          </Flex>
        </Card>
        {view === 'map' ? <div style={{ height: 'calc(100vh - 300px)', minHeight: 360 }}>{map}</div> : results}
        {filters}
      </Flex>
    );
  }
  return (
    <Flex style={{ height: desktopHeight }} data-testid="map-search">
      <Flex vertical style={{ width: 440, flexShrink: 0, borderInlineEnd: '1px solid #e8edf5', background: '#fff' }}>
        <Flex vertical gap={12} style={{ padding: 16, borderBottom: '1px solid #eef2f7' }}>
          {searchFrom}
          {toolbar}
        </Flex>
        <div style={{ overflowY: 'auto', padding: 16, flex: 1, background: '#f8fafd' }}>{results}</div>
      </Flex>
      <div style={{ flex: 1, minWidth: 0 }}>{map}</div>
      {filters}
    </Flex>
  );
}

/**
 * The institution lit on the map, as a card: the list's entry when the list holds it, otherwise
 * its page's entry (the map's points carry only what a point needs), with the point's distance.
 */
function useChosen(activeId: string | null, listed: RegisterItem[] | undefined, points: RegisterMarker[] | undefined) {
  const inList = listed?.find((i) => i.id === activeId);
  const point = points?.find((p) => p.id === activeId);
  const entry = useRegisterEntry(!inList && point ? point.id : undefined);
  if (!activeId || (!inList && !point)) return { id: null, item: null, isError: false };
  if (inList) return { id: activeId, item: inList, isError: false };
  const item: RegisterItem | null = entry.data ? { ...entry.data, ...(point?.distanceM !== undefined ? { distanceM: point.distanceM } : {}) } : null;
  return { id: activeId, item, isError: entry.isError };
}

function MapLegend({ total, shown }: { total: number; shown: number }) {
  const { t } = useTranslation();
  const dot = (colour: string) => <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: colour, border: '1.5px solid #fff', boxShadow: '0 0 0 1px #ccd6e6', marginInlineEnd: 4 }} />;
  return (
    <Flex vertical gap={2} style={{ position: 'absolute', left: 8, top: 8, background: 'rgba(255,255,255,0.92)', borderRadius: 8, padding: '6px 10px', fontSize: 12 }}>
      <span>
        {dot('#0e9f6e')}
        {t('register:find.map.inclusive')}
      </span>
      <span>
        {dot('#1d5fd1')}
        {t('register:find.map.other')}
      </span>
      {total > shown ? <Typography.Text type="secondary" style={{ fontSize: 11 }}>{t('register:find.results.showing', { count: shown })}</Typography.Text> : null}
    </Flex>
  );
}

type ResultListProps = {
  query: ReturnType<typeof useRegister>;
  activeId: string | null;
  onHover: (id: string | null) => void;
  onReset: (() => void) | null;
  onWiden: (() => void) | null;
};

function ResultList({ query, activeId, onHover, onReset, onWiden }: ResultListProps) {
  const { t } = useTranslation();
  if (query.isPending) return <CardListSkeleton />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return (
      <Card style={{ borderRadius: 12 }} data-testid="search-empty">
        <Empty description={<Typography.Text>{onWiden ? t('register:find.results.emptyNear') : t('register:find.results.empty')}</Typography.Text>}>
          <Flex gap={8} justify="center" wrap>
            {onWiden ? <Button type="primary" onClick={onWiden}>{t('register:find.results.widen', { km: 5 })}</Button> : null}
            {onReset ? <Button onClick={onReset}>{t('register:filters.reset')}</Button> : null}
          </Flex>
        </Empty>
      </Card>
    );
  }
  return (
    <Flex vertical gap={12} style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 0.2s' }} data-testid="search-results">
      {query.data.items.map((item: RegisterItem) => (
        <RegisterCard key={item.id} item={item} isActive={item.id === activeId} onHover={onHover} />
      ))}
    </Flex>
  );
}
