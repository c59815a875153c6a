import { moveSlot, planOrder } from './order';

describe('moveSlot', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('moves a project forward or back and leaves the input alone', () => {
    expect(moveSlot(order, 'c', 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveSlot(order, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveSlot(order, 'b', 1)).toEqual(order);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps the index to the list', () => {
    expect(moveSlot(order, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveSlot(order, 'd', -1)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('refuses an unknown project and an index that is not a whole number', () => {
    expect(() => moveSlot(order, 'x', 0)).toThrow(RangeError);
    expect(() => moveSlot(order, 'a', 1.5)).toThrow(RangeError);
  });
});

describe('planOrder', () => {
  it('is the slots in order, then the projects left out', () => {
    expect(planOrder({ slots: [{ projectId: 'b' }, { projectId: 'a' }], unplaced: ['c'] })).toEqual([
      'b',
      'a',
      'c',
    ]);
  });
});
