/**
 * P5 from QUALITY.md: reviewer assignment should grow near-linearly. Two seeded pools in the shape of the
 * reference scenario (three sectors, Chinese and English, max load 60, 5% random conflicts):
 * 2,400 projects × 3 over 150 reviewers against 600 × 3 over 40, timed in alternation after a warm-up
 * (medians). The big run is also checked against every rule of the assignment.
 */
import { AssignmentInput, assignReviewers, checkAssignment, formatCount, ReviewPair } from '@sixcan/domain';
import { Figure, median } from './harness';

const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 41);
const SECTORS = ['AI_MANUFACTURING', 'NEXT_GEN_IT', 'BIOMEDICINE'];

/** mulberry32: a small seeded generator, so every run times the same pool. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A round's pool: projects spread unevenly over the sectors, reviewers with one or two sectors. */
export function screeningPool(
  seed: number,
  size: { projects: number; reviewers: number; k: number; maxLoad: number; conflictRate: number },
): AssignmentInput {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const languages = () => {
    const x = random();
    return x < 0.45 ? ['zh'] : x < 0.75 ? ['en'] : ['zh', 'en'];
  };
  const sectorOf = () => {
    const x = random();
    return x < 0.42 ? SECTORS[0] : x < 0.77 ? SECTORS[1] : SECTORS[2];
  };
  const projects = Array.from({ length: size.projects }, (_, i) => ({
    id: `p${String(i).padStart(5, '0')}`,
    sector: random() < 0.03 ? null : (sectorOf() as string),
    languages: languages(),
  }));
  const reviewers = Array.from({ length: size.reviewers }, (_, i) => {
    const first = pick(SECTORS);
    const sectors = random() < 0.35 ? [first, pick(SECTORS.filter((s) => s !== first))] : [first];
    return { id: `r${String(i).padStart(4, '0')}`, maxLoad: size.maxLoad, sectors, languages: languages() };
  });
  const conflicts: ReviewPair[] = [];
  for (const p of projects)
    for (const r of reviewers)
      if (random() < size.conflictRate) conflicts.push({ projectId: p.id, reviewerId: r.id });
  return { projects, reviewers, k: size.k, conflicts };
}

function timed(work: () => unknown): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function screening(): Promise<Figure[]> {
  const big = screeningPool(5, { projects: 2400, reviewers: 150, k: 3, maxLoad: 60, conflictRate: 0.05 });
  const small = screeningPool(6, { projects: 600, reviewers: 40, k: 3, maxLoad: 60, conflictRate: 0.05 });
  for (let i = 0; i < 40; i++) {
    assignReviewers(small);
    assignReviewers(big);
  }
  const bigTimes: number[] = [];
  const smallTimes: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    smallTimes.push(timed(() => assignReviewers(small)));
    bigTimes.push(timed(() => assignReviewers(big)));
  }

  const result = assignReviewers(big);
  const violations = result.feasible
    ? checkAssignment(big, result.assignments, { balance: true })
    : [{ message: result.message }];
  const matched = result.feasible ? result.assignments.filter((a) => a.sectorMatch).length : 0;
  const loads = result.feasible ? Object.values(result.loads) : [];
  return [
    {
      name: 'P5 assignment ratio',
      value: median(bigTimes) / median(smallTimes),
      op: '<=',
      target: 5,
      detail: `p50 ${median(bigTimes).toFixed(2)} ms for 2,400 × 3 over 150 reviewers (${formatCount(big.conflicts.length)} conflicts), ${median(smallTimes).toFixed(2)} ms for 600 × 3 over 40 (${formatCount(small.conflicts.length)}); ${SAMPLES} alternating runs after warm-up`,
    },
    {
      name: 'P5 invariants violated',
      value: violations.length,
      op: '<=',
      target: 0,
      detail: result.feasible
        ? `${formatCount(result.assignments.length)} reviews, loads ${Math.min(...loads)}–${Math.max(...loads)}, ${((100 * matched) / result.assignments.length).toFixed(1)}% by sector experts${violations.length ? `; first: ${violations[0]?.message}` : ''}`
        : result.message,
    },
  ];
}
