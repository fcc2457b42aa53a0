import { describe, expect, it } from 'vitest';
import { branchIds, filterTree, pathTo, type HierarchyNode } from './tree';

const node = (id: string, name: string, children: HierarchyNode[] = []): HierarchyNode => ({
  id, name, kind: children.length ? 'PARTY_COMMITTEE' : 'BRANCH', sector: 'ORGAN', status: 'ACTIVE', children,
});

const tree = [
  node('c', '湘潭高新区机关党委', [
    node('g', '机关第一党总支', [node('b1', '纪检监察党支部'), node('b2', '财政金融党支部')]),
    node('b3', '社会事务党支部'),
  ]),
  node('e', '湘潭佳佳美党支部'),
];

describe('the hierarchy', () => {
  it('keeps every organization for an empty search', () => {
    expect(filterTree(tree, '  ')).toBe(tree);
  });
  it('keeps a match with the ancestors that lead to it', () => {
    const found = filterTree(tree, '财政');
    expect(found.map((n) => n.id)).toEqual(['c']);
    expect(found[0].children.map((n) => n.id)).toEqual(['g']);
    expect(found[0].children[0].children.map((n) => n.id)).toEqual(['b2']);
  });
  it('keeps all that a matching organization holds', () => {
    expect(filterTree(tree, '第一党总支')[0].children[0].children).toHaveLength(2);
    expect(filterTree(tree, '药业')).toEqual([]);
  });
  it('opens the organizations that have sub-organizations', () => {
    expect(branchIds(tree)).toEqual(['c', 'g']);
  });
  it('finds the way down to an organization', () => {
    expect(pathTo(tree, 'b2')).toEqual(['c', 'g', 'b2']);
    expect(pathTo(tree, 'x')).toEqual([]);
  });
});
