import { useEffect, useMemo, useState } from 'react';
import { App, TreeSelect } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useErrorText } from '../../components/error-text.ts';
import { localName, type District } from './jurisdictions.ts';

type Node = { id: string; pId: string | null; value: string; title: string; isLeaf: boolean };

type Props = {
  /** The top of the tree: the administrator's own jurisdiction, or the city. */
  rootCode: string;
  rootName: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  id?: string;
};

/** Picks a city, district or subdistrict, loading each level when opened. */
export function JurisdictionPicker({ rootCode, rootName, value, onChange, id }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [nodes, setNodes] = useState<Node[]>([]);
  const treeData = useMemo(() => [{ id: rootCode, pId: null, value: rootCode, title: rootName, isLeaf: false }, ...nodes], [rootCode, rootName, nodes]);

  const loadChildren = async (parent: string) => {
    const children = await queryClient
      .fetchQuery({
        queryKey: ['public', 'jurisdictions', parent, 'children'],
        queryFn: () => api.get<District[]>(`/public/jurisdictions/${parent}/children`),
        staleTime: 60 * 60_000,
      })
      .catch((error: unknown) => {
        void message.error(errorText(error));
        return null;
      });
    if (!children) return;
    setNodes((current) => [
      ...current.filter((n) => n.pId !== parent),
      // Communities are below what accounts are placed at; subdistricts are the last level shown.
      ...children.map((c) => ({ id: c.code, pId: parent, value: c.code, title: localName(c, i18n.language), isLeaf: c.level === 'subdistrict' || c.level === 'community' })),
    ]);
  };

  // The first level up front, so a district already chosen shows its name rather than its code.
  useEffect(() => {
    void loadChildren(rootCode);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per root
  }, [rootCode]);

  return (
    <TreeSelect
      id={id}
      treeDataSimpleMode
      treeDefaultExpandedKeys={[rootCode]}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(code: string | undefined) => onChange?.(code ?? null)}
      loadData={(node) => loadChildren(String(node.value))}
      allowClear
      showSearch
      treeNodeFilterProp="title"
      placeholder={t('admin:users.jurisdictionPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
