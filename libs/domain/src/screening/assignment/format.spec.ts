import { formatCount } from './format';

describe('formatCount', () => {
  it('groups thousands', () => {
    expect([0, 999, 6900, 1234567].map(formatCount)).toEqual(['0', '999', '6,900', '1,234,567']);
  });
});
