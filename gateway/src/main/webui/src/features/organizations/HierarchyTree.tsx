import { Input, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { QueryState } from '../../components/QueryState';
import { useHierarchy } from './api';
import { branchIds, filterTree, type HierarchyNode } from './tree';

/** The district's hierarchy: every organization under its parent; choosing one opens its details. */
export function HierarchyTree({ onOpen, selected }: { onOpen: (id: string) => void; selected?: string }) {
  const { t, label } = useI18n();
  const hierarchy = useHierarchy();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const shown = useMemo(() => filterTree(hierarchy.data?.roots ?? [], search), [hierarchy.data, search]);
  const toData = (nodes: HierarchyNode[]): DataNode[] => nodes.map((n) => ({
    key: n.id,
    title: (
      <span data-testid="tree-node">
        {n.name} <Tag bordered={false}>{label('kind', n.kind)}</Tag>
        {n.status === 'DISSOLVED' ? <Tag color="default">{label('orgStatus', n.status)}</Tag> : null}
      </span>
    ),
    children: toData(n.children),
  }));
  const open = search.trim() ? branchIds(shown) : expanded ?? branchIds(hierarchy.data?.roots ?? []);
  return (
    <QueryState query={hierarchy} rows={6} isEmpty={(h) => h.roots.length === 0}>
      {(h) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Input.Search aria-label={t('org.tree.search')} placeholder={t('org.tree.search')} allowClear value={search}
              onChange={(e) => setSearch(e.target.value)} style={{ width: 240 }} />
            <Typography.Text type="secondary">{t('org.tree.count', { total: h.total })}</Typography.Text>
          </Space>
          <div data-testid="hierarchy">
            <Tree
              treeData={toData(shown)}
              expandedKeys={open}
              onExpand={(keys) => setExpanded(keys as string[])}
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => { if (keys.length > 0) onOpen(String(keys[0])); }}
              showLine
              blockNode
            />
          </div>
        </Space>
      )}
    </QueryState>
  );
}
