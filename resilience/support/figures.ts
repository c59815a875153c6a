import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** One measured figure of an R test: `R6 lost notifications: 0 (target <= 0)`. */
export interface ResilienceFigure {
  /** The row of QUALITY.md, R1 … R12, or the scale-out proof (several api and worker processes). */
  id: `R${number}` | 'scale-out';
  name: string;
  value: number;
  op: '>=' | '<=' | '==';
  target: number;
  detail?: string;
}

export const FIGURES_FILE = join(__dirname, '../../tmp/resilience/figures.jsonl');

export function meets(f: Pick<ResilienceFigure, 'value' | 'op' | 'target'>): boolean {
  return f.op === '>=' ? f.value >= f.target : f.op === '<=' ? f.value <= f.target : f.value === f.target;
}

/**
 * Records the figure for the closing table (tools/resilience.mjs) and fails the test when it misses
 * its target, naming the figure and its detail.
 */
export function expectFigure(f: ResilienceFigure): void {
  mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
  appendFileSync(FIGURES_FILE, `${JSON.stringify({ ...f, pass: meets(f) })}\n`);
  if (!meets(f))
    throw new Error(
      `${f.id} ${f.name}: ${f.value} misses its target ${f.op} ${f.target}${f.detail ? ` (${f.detail})` : ''}`,
    );
}

/** Records every figure, then fails naming all that missed their targets (not only the first). */
export function expectFigures(figures: ResilienceFigure[]): void {
  const misses: string[] = [];
  for (const f of figures)
    try {
      expectFigure(f);
    } catch (error) {
      misses.push((error as Error).message);
    }
  if (misses.length) throw new Error(misses.join('\n'));
}
