import { ConflictKind } from '@sixcan/domain';
import { detectConflicts } from './detect';

const project = {
  id: 'p1',
  organizationName: 'Technische Universität München',
  contactEmailDomain: 'tum.example',
  channelNames: ['德国技术转移中心', 'German Transfer Centre'],
  channelDomain: 'gtc.example',
};

describe('detectConflicts', () => {
  it('matches affiliation and e-mail domain against organisation, contact domain and channel, ignoring case and spaces', () => {
    const found = detectConflicts(
      [
        { id: 'same-org', affiliation: '  technische universität münchen ', emailDomain: 'other.example' },
        { id: 'same-domain', affiliation: null, emailDomain: 'TUM.example' },
        { id: 'channel-name', affiliation: 'German Transfer Centre', emailDomain: 'x.example' },
        { id: 'channel-domain', affiliation: 'Somewhere', emailDomain: 'gtc.example' },
        { id: 'clear', affiliation: 'ETH Zürich', emailDomain: 'ethz.example' },
      ],
      [project],
    );
    expect(found.map((c) => [c.reviewerId, c.kind])).toEqual([
      ['same-org', ConflictKind.SAME_AFFILIATION],
      ['same-domain', ConflictKind.SAME_EMAIL_DOMAIN],
      ['channel-name', ConflictKind.SAME_AFFILIATION],
      ['channel-domain', ConflictKind.SAME_EMAIL_DOMAIN],
    ]);
    expect(found[0]?.reason).toContain('organisation');
  });

  it('gives one conflict per pair even when several ties match', () => {
    const found = detectConflicts(
      [{ id: 'r', affiliation: 'tum.example', emailDomain: 'tum.example' }],
      [project],
    );
    expect(found).toHaveLength(1);
  });

  it('never matches blank values', () => {
    const found = detectConflicts(
      [{ id: 'r', affiliation: ' ', emailDomain: '' }],
      [{ id: 'p', organizationName: ' ', contactEmailDomain: null, channelNames: [], channelDomain: '' }],
    );
    expect(found).toEqual([]);
  });
});
