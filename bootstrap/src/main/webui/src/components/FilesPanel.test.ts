import { describe, expect, it } from 'vitest';
import { treeOf } from './FilesPanel';

describe('treeOf', () => {
  it('hangs the flat entries of file.tree.listed under their directories', () => {
    const tree = treeOf({ path: '', depth: 2, truncated: false, entries: [
      { path: 'hello.sh', type: 'file', size: 12 },
      { path: 'src', type: 'directory', size: 0 },
      { path: 'src/app.py', type: 'file', size: 40 },
    ] });
    expect(tree).toEqual([
      { name: 'hello.sh', path: 'hello.sh', type: 'file', children: undefined },
      { name: 'src', path: 'src', type: 'directory', children: [
        { name: 'app.py', path: 'src/app.py', type: 'file', children: undefined },
      ] },
    ]);
  });

  it('keeps a listing without directories flat and answers null without a payload', () => {
    expect(treeOf({ entries: [{ path: 'a.txt', type: 'file' }] })).toEqual([
      { name: 'a.txt', path: 'a.txt', type: 'file', children: undefined },
    ]);
    expect(treeOf(undefined)).toBeNull();
  });
});
