import { formatDeadline } from './reviewer-notices';

describe('formatDeadline', () => {
  const deadline = new Date('2027-03-01T09:30:00Z');

  it('writes the deadline in the reviewer’s language and the programme’s zone, with the zone named', () => {
    expect(formatDeadline(deadline, 'en', 'Asia/Shanghai')).toMatch(/1 March 2027.*17:30.*(GMT\+8|CST)/);
    expect(formatDeadline(deadline, 'zh-CN', 'Asia/Shanghai')).toMatch(/2027年3月1日.*17:30/);
  });
});
