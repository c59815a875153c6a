import fc from 'fast-check';
import { canMoveDeal, checkDealMove, isOpenDealStage, isStaleDeal, requiredForStage } from './deals';
import { DEAL_PIPELINE, DEAL_STAGES, DealStage } from './enums';

const { INTENT, CONTACTED, MEETING, DUE_DILIGENCE, NDA, MOU, SIGNED, LANDED, DROPPED } = DealStage;

describe('canMoveDeal', () => {
  it('moves forward by one or more stages', () => {
    expect(canMoveDeal(INTENT, CONTACTED)).toBe(true);
    expect(canMoveDeal(INTENT, MOU)).toBe(true);
    expect(canMoveDeal(SIGNED, LANDED)).toBe(true);
    expect(canMoveDeal(CONTACTED, LANDED)).toBe(true);
  });

  it('moves back exactly one stage, only before signing', () => {
    expect(canMoveDeal(CONTACTED, INTENT)).toBe(true);
    expect(canMoveDeal(MOU, NDA)).toBe(true);
    expect(canMoveDeal(MOU, MEETING)).toBe(false);
    expect(canMoveDeal(SIGNED, MOU)).toBe(false);
    expect(canMoveDeal(LANDED, SIGNED)).toBe(false);
  });

  it('drops from any open stage, signed included, and reopens only where it left', () => {
    for (const from of [INTENT, CONTACTED, MEETING, DUE_DILIGENCE, NDA, MOU, SIGNED])
      expect(canMoveDeal(from, DROPPED)).toBe(true);
    expect(canMoveDeal(LANDED, DROPPED)).toBe(false);
    expect(canMoveDeal(DROPPED, NDA, NDA)).toBe(true);
    expect(canMoveDeal(DROPPED, MOU, NDA)).toBe(false);
    expect(canMoveDeal(DROPPED, NDA)).toBe(false);
    expect(canMoveDeal(DROPPED, LANDED, LANDED)).toBe(false);
  });

  it('never moves to the same stage nor out of landed', () => {
    for (const stage of DEAL_STAGES) expect(canMoveDeal(stage, stage, stage)).toBe(false);
    for (const to of DEAL_STAGES) expect(canMoveDeal(LANDED, to, SIGNED)).toBe(false);
  });

  it('never leaves landed on any path', () => {
    const stage = fc.constantFrom(...DEAL_STAGES);
    fc.assert(
      fc.property(fc.array(stage, { maxLength: 20 }), (targets) => {
        let current: DealStage = INTENT;
        let droppedFrom: DealStage | null = null;
        let landed = false;
        for (const to of targets) {
          if (!canMoveDeal(current, to, droppedFrom)) continue;
          droppedFrom = to === DROPPED ? current : null;
          current = to;
          landed ||= current === LANDED;
          if (landed) expect(current).toBe(LANDED);
        }
      }),
    );
  });

  it('agrees with the pipeline order for every pair', () => {
    for (const from of DEAL_PIPELINE)
      for (const to of DEAL_PIPELINE) {
        const step = DEAL_PIPELINE.indexOf(to) - DEAL_PIPELINE.indexOf(from);
        const expected =
          from !== LANDED &&
          (step > 0 || (step === -1 && DEAL_PIPELINE.indexOf(from) < DEAL_PIPELINE.indexOf(SIGNED)));
        expect(canMoveDeal(from, to)).toBe(expected);
      }
  });
});

describe('requiredForStage and checkDealMove', () => {
  it('names the fields each stage needs', () => {
    expect(requiredForStage(INTENT)).toEqual([]);
    expect(requiredForStage(MEETING)).toEqual(['meetingAt']);
    expect(requiredForStage(NDA)).toEqual(['ndaFileId']);
    expect(requiredForStage(MOU)).toEqual(['mouFileId']);
    expect(requiredForStage(SIGNED)).toEqual(['agreementId']);
    expect(requiredForStage(LANDED)).toEqual(['agreementId', 'realisationId']);
    expect(requiredForStage(DROPPED)).toEqual(['dropReason']);
  });

  it('reports the missing fields of the target stage only', () => {
    expect(checkDealMove({ stage: INTENT }, MOU, {})).toEqual([
      { field: 'mouFileId', message: 'MOU needs the signed MoU' },
    ]);
    expect(checkDealMove({ stage: INTENT }, MOU, { mouFileId: 'f1' })).toEqual([]);
    expect(checkDealMove({ stage: CONTACTED }, MEETING, { meetingAt: new Date('invalid') })).toHaveLength(1);
    expect(
      checkDealMove({ stage: CONTACTED }, MEETING, { meetingAt: new Date('2026-12-03T02:00:00Z') }),
    ).toEqual([]);
    expect(checkDealMove({ stage: SIGNED }, LANDED, { agreementId: 'a1' }).map((i) => i.field)).toEqual([
      'realisationId',
    ]);
  });

  it('needs a non-blank reason to drop', () => {
    expect(checkDealMove({ stage: NDA }, DROPPED, { dropReason: '  ' })).toEqual([
      { field: 'dropReason', message: 'DROPPED needs a reason' },
    ]);
    expect(checkDealMove({ stage: NDA }, DROPPED, { dropReason: 'chose another park' })).toEqual([]);
  });

  it('refuses a move the pipeline does not allow with a stage issue', () => {
    expect(checkDealMove({ stage: LANDED }, DROPPED, { dropReason: 'x' })).toEqual([
      { field: 'stage', message: 'a deal cannot move from LANDED to DROPPED' },
    ]);
    expect(checkDealMove({ stage: DROPPED, droppedFrom: NDA }, NDA, { ndaFileId: 'f' })).toEqual([]);
    expect(checkDealMove({ stage: DROPPED, droppedFrom: NDA }, MOU, { mouFileId: 'f' })[0]?.field).toBe(
      'stage',
    );
  });
});

describe('isStaleDeal', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const openedAt = new Date('2026-11-01T00:00:00Z');

  it('flags open deals quiet for the given days', () => {
    expect(
      isStaleDeal({ stage: MEETING, openedAt, lastActivityAt: new Date('2026-11-24T00:00:00Z') }, now, 7),
    ).toBe(true);
    expect(
      isStaleDeal({ stage: MEETING, openedAt, lastActivityAt: new Date('2026-11-24T00:00:01Z') }, now, 7),
    ).toBe(false);
    expect(isStaleDeal({ stage: INTENT, openedAt }, now, 14)).toBe(true);
    expect(isStaleDeal({ stage: LANDED, openedAt }, now, 14)).toBe(false);
    expect(isStaleDeal({ stage: DROPPED, openedAt }, now, 14)).toBe(false);
    expect(DEAL_STAGES.filter(isOpenDealStage)).toEqual(DEAL_PIPELINE.slice(0, -1));
  });
});
