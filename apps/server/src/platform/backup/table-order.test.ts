import { describe, expect, it } from 'vitest';
import { orderByDependencies } from './table-order.ts';

describe('orderByDependencies', () => {
  it('puts every table after the tables it references', () => {
    const order = orderByDependencies(['enrolments', 'children', 'institutions', 'audit_log'], [
      { child: 'enrolments', parent: 'children' },
      { child: 'enrolments', parent: 'institutions' },
      { child: 'children', parent: 'institutions' },
    ]);
    expect(order).toEqual(['audit_log', 'institutions', 'children', 'enrolments']);
  });

  it('ignores self-references and keeps tables in a cycle, after the rest', () => {
    const order = orderByDependencies(['a', 'b', 'c', 'tree'], [
      { child: 'tree', parent: 'tree' },
      { child: 'a', parent: 'b' },
      { child: 'b', parent: 'a' },
    ]);
    expect(order).toEqual(['c', 'tree', 'a', 'b']);
  });

  it('ignores references to tables outside the list', () => {
    expect(orderByDependencies(['x'], [{ child: 'x', parent: 'elsewhere' }])).toEqual(['x']);
  });
});
