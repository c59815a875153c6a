import fc from 'fast-check';
import {
  ACTIVITY_KINDS,
  AGREEMENT_KINDS,
  BID_STATUSES,
  BidStatus,
  CEREMONY_MODES,
  DEAL_PIPELINE,
  DEAL_STAGES,
  DealStage,
  INTENT_KINDS,
  INTENT_LEVELS,
  INTENT_SOURCES,
  IntentLevel,
  PARTNER_KINDS,
  canMoveBid,
  canMoveIntent,
  isLiveBid,
  isVisibleToApplicant,
} from './enums';

describe('matching enums', () => {
  it('use values equal to their names', () => {
    for (const values of [
      PARTNER_KINDS,
      INTENT_KINDS,
      INTENT_LEVELS,
      INTENT_SOURCES,
      BID_STATUSES,
      DEAL_STAGES,
      ACTIVITY_KINDS,
      AGREEMENT_KINDS,
      CEREMONY_MODES,
    ] as readonly (readonly string[])[])
      for (const v of values) expect(v).toMatch(/^[A-Z_]+$/);
    expect(PARTNER_KINDS).toEqual(['INVESTOR', 'PARK', 'ENTERPRISE']);
    expect(INTENT_KINDS).toEqual(['INVESTMENT', 'TECH_COOPERATION', 'LANDING', 'PROCUREMENT', 'LICENSING']);
    expect(DEAL_PIPELINE).toEqual([
      'INTENT',
      'CONTACTED',
      'MEETING',
      'DUE_DILIGENCE',
      'NDA',
      'MOU',
      'SIGNED',
      'LANDED',
    ]);
    expect(DEAL_STAGES).toContain(DealStage.DROPPED);
  });
});

describe('canMoveIntent', () => {
  const { OBSERVING, CONSIDERING, COMMITTED } = IntentLevel;

  it('moves up freely, down only from considering to observing, never down from committed', () => {
    expect(canMoveIntent(OBSERVING, CONSIDERING)).toBe(true);
    expect(canMoveIntent(OBSERVING, COMMITTED)).toBe(true);
    expect(canMoveIntent(CONSIDERING, COMMITTED)).toBe(true);
    expect(canMoveIntent(CONSIDERING, OBSERVING)).toBe(true);
    expect(canMoveIntent(COMMITTED, CONSIDERING)).toBe(false);
    expect(canMoveIntent(COMMITTED, OBSERVING)).toBe(false);
    for (const level of INTENT_LEVELS) expect(canMoveIntent(level, level)).toBe(false);
  });

  it('never leaves committed, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INTENT_LEVELS), { maxLength: 12 }), (targets) => {
        let level = OBSERVING;
        let committed = false;
        for (const to of targets) {
          if (canMoveIntent(level, to)) level = to;
          committed ||= level === COMMITTED;
          if (committed) expect(level).toBe(COMMITTED);
        }
      }),
    );
  });

  it('shows only committed intents to the applicant', () => {
    expect(INTENT_LEVELS.filter(isVisibleToApplicant)).toEqual([COMMITTED]);
  });
});

describe('canMoveBid', () => {
  it('answers, withdraws or expires a submitted bid and nothing else', () => {
    expect(BID_STATUSES.filter((to) => canMoveBid(BidStatus.SUBMITTED, to))).toEqual([
      BidStatus.ACCEPTED,
      BidStatus.DECLINED,
      BidStatus.WITHDRAWN,
      BidStatus.EXPIRED,
    ]);
    for (const from of BID_STATUSES.filter((s) => s !== BidStatus.SUBMITTED))
      for (const to of BID_STATUSES) expect(canMoveBid(from, to)).toBe(false);
  });

  it('calls only submitted bids live', () => {
    expect(BID_STATUSES.filter(isLiveBid)).toEqual([BidStatus.SUBMITTED]);
  });
});
