import fc from 'fast-check';
import { SIX_CANS, SixCan } from '../intake';
import { CanVerdicts, GateOutcome, sixCanGate } from './gate';
import { Verdict } from './round';

const says = (reviewerId: string, verdicts: Partial<Record<SixCan, Verdict>>): CanVerdicts => ({
  reviewerId,
  verdicts,
});

describe('sixCanGate', () => {
  const mandatory = [SixCan.ATTEND, SixCan.LAND];

  it('fails a project when a majority of its reviews fail a mandatory can', () => {
    const result = sixCanGate(
      [
        says('a', { [SixCan.LAND]: Verdict.FAIL, [SixCan.TRADE]: Verdict.FAIL }),
        says('b', { [SixCan.LAND]: Verdict.FAIL, [SixCan.TRADE]: Verdict.FAIL }),
        says('c', { [SixCan.LAND]: Verdict.PASS, [SixCan.ATTEND]: Verdict.UNSURE }),
      ],
      mandatory,
    );
    expect(result).toMatchObject({ outcome: GateOutcome.FAILED, passed: false, failedCans: [SixCan.LAND] });
    expect(result.counts[SixCan.LAND]).toEqual({ pass: 1, fail: 2, unsure: 0 });
    expect(result.counts[SixCan.TRADE]).toEqual({ pass: 0, fail: 2, unsure: 0 }); // counted, not mandatory
    expect(result.counts[SixCan.ATTEND]).toEqual({ pass: 0, fail: 0, unsure: 1 });
  });

  it('passes on a tie and on non-mandatory failures', () => {
    const tie = sixCanGate([says('a', { [SixCan.ATTEND]: Verdict.FAIL }), says('b', {})], mandatory);
    expect(tie).toMatchObject({ outcome: GateOutcome.PASSED, passed: true, failedCans: [] });
    const other = sixCanGate([says('a', { [SixCan.CONVERT]: Verdict.FAIL })], mandatory);
    expect(other.passed).toBe(true);
  });

  it('gives no result without reviews', () => {
    expect(sixCanGate([], mandatory)).toMatchObject({
      outcome: GateOutcome.NO_REVIEWS,
      passed: false,
      failedCans: [],
      reviewCount: 0,
    });
  });

  it('follows the strict-majority rule for any verdicts', () => {
    const verdict = fc.option(fc.constantFrom(...Object.values(Verdict)), { nil: undefined });
    const reviews = fc.array(
      fc.tuple(...SIX_CANS.map(() => verdict)).map((vs) => {
        const verdicts: Partial<Record<SixCan, Verdict>> = {};
        SIX_CANS.forEach((can, i) => {
          const v = vs[i];
          if (v) verdicts[can] = v;
        });
        return says('r', verdicts);
      }),
      { maxLength: 7 },
    );
    fc.assert(
      fc.property(reviews, fc.subarray([...SIX_CANS]), (list, cans) => {
        const result = sixCanGate(list, cans);
        const fails = (can: SixCan) => list.filter((r) => r.verdicts[can] === Verdict.FAIL).length;
        const expected = SIX_CANS.filter((can) => cans.includes(can) && fails(can) > list.length / 2);
        expect(result.failedCans).toEqual(expected);
        expect(result.passed).toBe(list.length > 0 && expected.length === 0);
        for (const can of SIX_CANS) {
          const c = result.counts[can];
          expect(c.fail).toBe(fails(can));
          expect(c.pass + c.fail + c.unsure).toBe(list.filter((r) => r.verdicts[can] !== undefined).length);
        }
      }),
    );
  });
});
