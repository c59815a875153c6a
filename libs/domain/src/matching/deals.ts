/**
 * The deal pipeline's rules: which stage moves are allowed and which fields each stage needs.
 */
import type { FieldIssue } from '../intake';
import { DEAL_PIPELINE, DealStage } from './enums';

/** What a deal records along the way; the fields a stage requires must be present to enter it. */
export interface DealStageFields {
  /** When the first meeting takes (or took) place. */
  meetingAt?: Date | null;
  /** The signed NDA (a stored file). */
  ndaFileId?: string | null;
  /** The signed memorandum of understanding (a stored file). */
  mouFileId?: string | null;
  /** The agreement recorded from this deal. */
  agreementId?: string | null;
  /** The realisation recorded on that agreement (realised amount, registered entity, park, jobs). */
  realisationId?: string | null;
  /** Why the deal was dropped. */
  dropReason?: string | null;
}

export type DealField = keyof DealStageFields;

/** The state of a deal that decides its next moves. */
export interface DealState {
  stage: DealStage;
  /** The stage a dropped deal left; a dropped deal may only be reopened to it. */
  droppedFrom?: DealStage | null;
}

const REQUIRED: Readonly<Record<DealStage, readonly DealField[]>> = {
  [DealStage.INTENT]: [],
  [DealStage.CONTACTED]: [],
  [DealStage.MEETING]: ['meetingAt'],
  [DealStage.DUE_DILIGENCE]: [],
  [DealStage.NDA]: ['ndaFileId'],
  [DealStage.MOU]: ['mouFileId'],
  [DealStage.SIGNED]: ['agreementId'],
  [DealStage.LANDED]: ['agreementId', 'realisationId'],
  [DealStage.DROPPED]: ['dropReason'],
};

/**
 * The fields a deal must have to enter a stage. Only the target stage counts: a deal may skip stages
 * (straight from a meeting to an MoU, without an NDA) without their documents, but landing always needs the
 * agreement as well as the realisation.
 */
export function requiredForStage(stage: DealStage): readonly DealField[] {
  return REQUIRED[stage];
}

const position = (stage: DealStage): number => DEAL_PIPELINE.indexOf(stage);

/** Open stages: anything before `LANDED` (a signed deal that never lands can still be dropped). */
export function isOpenDealStage(stage: DealStage): boolean {
  return stage !== DealStage.LANDED && stage !== DealStage.DROPPED;
}

/**
 * Whether a deal may move from one stage to another:
 * - forward by one or more stages, up to `LANDED`;
 * - back by exactly one stage from any stage before `SIGNED` (e.g. `MOU` back to `NDA`); a signed deal
 *   never goes back;
 * - to `DROPPED` from any open stage (with a reason, see `checkDealMove`);
 * - out of `DROPPED` only to reopen it at the stage it left (`droppedFrom`);
 * - never out of `LANDED`, and never to the stage it is already in.
 */
export function canMoveDeal(from: DealStage, to: DealStage, droppedFrom?: DealStage | null): boolean {
  if (from === to || from === DealStage.LANDED) return false;
  if (from === DealStage.DROPPED)
    return droppedFrom != null && isOpenDealStage(droppedFrom) && to === droppedFrom;
  if (to === DealStage.DROPPED) return true;
  const step = position(to) - position(from);
  return step > 0 || (step === -1 && position(from) < position(DealStage.SIGNED));
}

const present = (value: unknown): boolean =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : typeof value === 'string'
      ? !!value.trim()
      : value != null;

const FIELD_LABEL: Readonly<Record<DealField, string>> = {
  meetingAt: 'a meeting date',
  ndaFileId: 'the signed NDA',
  mouFileId: 'the signed MoU',
  agreementId: 'a recorded agreement',
  realisationId: 'a recorded realisation',
  dropReason: 'a reason',
};

/**
 * Problems with moving a deal to a stage: a `stage` issue when the move is not allowed, otherwise one issue
 * per field the target stage requires and `fields` lacks. Empty when the move may go ahead.
 */
export function checkDealMove(deal: DealState, to: DealStage, fields: DealStageFields): FieldIssue[] {
  if (!canMoveDeal(deal.stage, to, deal.droppedFrom))
    return [{ field: 'stage', message: `a deal cannot move from ${deal.stage} to ${to}` }];
  return requiredForStage(to)
    .filter((field) => !present(fields[field]))
    .map((field) => ({ field, message: `${to} needs ${FIELD_LABEL[field]}` }));
}

/**
 * Whether an open deal has gone quiet: no activity (or, without any, no change since it opened) for at
 * least `days` days.
 */
export function isStaleDeal(
  deal: { stage: DealStage; lastActivityAt?: Date | null; openedAt: Date },
  now: Date,
  days: number,
): boolean {
  if (!isOpenDealStage(deal.stage)) return false;
  const since = deal.lastActivityAt ?? deal.openedAt;
  return now.getTime() - since.getTime() >= days * 86_400_000;
}
