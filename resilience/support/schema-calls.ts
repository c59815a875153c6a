/**
 * Calls of any root field built from the committed schema: arguments with plausible values (the fixtures'
 * inputs) and the id of the right kind at every id position, and selections of the answer's fields.
 */
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPLETE_PROJECT } from '../../apps/api/src/intake/intake.fixtures';
import { REFERENCE_EVENT } from '../../apps/api/src/roadshows/roadshows.fixtures';
import { FULL_REVIEW, RUBRIC } from '../../apps/api/src/screening/screening.fixtures';
import { Kind } from './world';

const root = join(__dirname, '../..');
export const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));
export const accessList = JSON.parse(readFileSync(join(root, 'apps/api/access-list.json'), 'utf8')) as Record<
  string,
  string
>;

/** What an id argument or input field names, by its name (`id` by the field's return type, below). */
export const KIND_BY_NAME: Record<string, Kind> = {
  ceremonyId: 'ceremony',
  roundId: 'round',
  actorUserId: 'user',
  ownerUserId: 'user',
  userId: 'user',
  userIds: 'user',
  partnerId: 'partner',
  landingPartnerId: 'partner',
  projectId: 'project',
  projectIds: 'project',
  programmeId: 'programme',
  roadshowId: 'roadshow',
  slotId: 'slot',
  channelId: 'channel',
  channelIds: 'channel',
  reviewerProfileId: 'reviewerProfile',
  endpointId: 'webhookEndpoint',
  fileId: 'file',
  attachmentFileIds: 'file',
  mouFileId: 'file',
  ndaFileId: 'file',
  documentFileIds: 'file',
  assignmentId: 'assignment',
  organizationId: 'organization',
  dealId: 'deal',
  ids: 'notification',
};
export const KIND_BY_TYPE: Record<string, Kind> = {
  Assignment: 'assignment',
  Bid: 'bid',
  SigningCeremony: 'ceremony',
  Deal: 'deal',
  HandbookJob: 'handbookJob',
  OpenCall: 'programme',
  Partner: 'partner',
  Programme: 'programme',
  ProgrammeReport: 'programmeReport',
  Project: 'project',
  ProjectImport: 'projectImport',
  PublicRoadshow: 'roadshow',
  PartnerProject: 'project',
  Roadshow: 'roadshow',
  ScreeningRound: 'round',
  Agreement: 'agreement',
  WebhookDelivery: 'webhookDelivery',
  Conflict: 'conflict',
  Invitation: 'invitation',
  WebhookSecretPayload: 'webhookEndpoint',
  WebhookEndpoint: 'webhookEndpoint',
  Channel: 'channel',
  MatchIntent: 'intent',
  ReviewerProfile: 'reviewerProfile',
};
export const KIND_BY_FIELD: Record<string, Kind> = { deleteWebhookEndpoint: 'webhookEndpoint' };

export const inDays = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();
/** Plausible inputs (the fixtures' own), so calls get past validation to the lookups. */
export const INPUTS: Record<string, Record<string, unknown>> = {
  ProgrammeInput: {
    title: { zh: '路演', en: 'Roadshow' },
    timeZone: 'Asia/Shanghai',
    opensAt: inDays(-1),
    closesAt: inDays(30),
    sectors: [{ code: 'NEM', nameZh: '新能源', nameEn: 'New energy' }],
    mandatoryCans: ['ATTEND'],
    rubric: RUBRIC,
    rubricScale: 10,
  },
  // A new title each time, so a write that goes through does not make the next one a duplicate.
  get ProjectInput() {
    const n = randomUUID();
    return { ...COMPLETE_PROJECT, title: { zh: `项目 ${n}`, en: `Project ${n}` } };
  },
  ReviewInput: FULL_REVIEW(6),
  PartnerInput: { kind: 'INVESTOR', name: { zh: '资本', en: 'Capital' }, country: 'CN' },
  CreateRoadshowInput: REFERENCE_EVENT,
  CommentaryInput: { entries: [{ dimension: 'ATTEND', rating: 3 }], text: 'Fine.' },
  PlaceBidInput: {
    investment: { amount: '1000000', currency: 'CNY' },
    equityPercent: 5,
    validUntil: inDays(30),
  },
  BidTermsInput: { investment: { amount: '2000000', currency: 'CNY' }, validUntil: inDays(30) },
  RecordIntentInput: { kind: 'INVESTMENT' },
  RecordAgreementInput: {
    kind: 'INVESTMENT',
    parties: ['One', 'Two'],
    signedAt: inDays(-1),
    committed: { amount: '1000', currency: 'CNY' },
  },
  CeremonyInput: { title: { zh: '签约', en: 'Signing' }, mode: 'CLOUD', heldAt: inDays(10), timeZone: 'UTC' },
  CreateWebhookEndpointInput: { url: 'https://hooks.example.org/in', eventTypes: ['BID_PLACED'] },
  ScreeningRoundInput: {
    cans: ['ATTEND'],
    criteria: ['NOVELTY'],
    reviewersPerProject: 1,
    maxLoad: 5,
    deadline: inDays(14),
    advanceRule: { kind: 'TOP_N', n: 1 },
  },
  AmountInput: { amount: '1000', currency: 'CNY' },
  get LocalizedTextInput() {
    return { zh: '文字', en: `text ${randomUUID()}` };
  },
};

export function stringFor(name: string): string {
  const n = name.toLowerCase();
  if (n.includes('email')) return `r2-${randomUUID().slice(0, 8)}@example.org`;
  if (n === 'url' || n.endsWith('url')) return 'https://hooks.example.org/in';
  if (n === 'locale') return 'en';
  if (n.includes('timezone')) return 'Asia/Shanghai';
  if (n.includes('password')) return 'a long password 2026';
  if (n === 'currency') return 'CNY';
  if (n === 'country') return 'CN';
  if (n === 'amount') return '1000';
  return 'resilience';
}

export interface Build {
  /** Called for every id position; returns the id to send there. */
  id(kind: Kind, position: string): string;
}

export function valueOf(type: GraphQLInputType, name: string, position: string, b: Build): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, position, b);
  if (isListType(type)) return [valueOf(type.ofType as GraphQLInputType, name, position, b)];
  if (isInputObjectType(type)) return inputOf(type, position, b);
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isScalarType(type))
    switch (type.name) {
      case 'ID': {
        const kind = KIND_BY_NAME[name];
        if (!kind) throw new Error(`no kind known for the id at ${position}`);
        return b.id(kind, position);
      }
      case 'Int':
        return name === 'first' ? 5 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return inDays(7);
      case 'JSONObject':
        return {};
      default:
        return stringFor(name);
    }
  return null;
}

export function hasId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => hasId(f.type, seen));
}

export function inputOf(type: GraphQLInputObjectType, position: string, b: Build): Record<string, unknown> {
  const preset = INPUTS[type.name] ?? {};
  const out: Record<string, unknown> = {};
  for (const f of Object.values(type.getFields())) {
    const at = `${position}.${f.name}`;
    // Required fields and every field that holds an id; the rest keep their defaults.
    if (hasId(f.type)) out[f.name] = valueOf(f.type, f.name, at, b);
    else if (f.name in preset) out[f.name] = preset[f.name];
    else if (isNonNullType(f.type) && f.defaultValue === undefined)
      out[f.name] = valueOf(f.type, f.name, at, b);
  }
  return out;
}

/** Arguments of a root field: required ones, `first`, and every one that holds an id. */
export function argsOf(field: GraphQLField<unknown, unknown>, b: Build) {
  const args: Record<string, unknown> = {};
  const named = getNamedType(field.type).name;
  for (const a of field.args) {
    const position = `${field.name}.${a.name}`;
    if (a.name === 'id' && getNamedType(a.type).name === 'ID') {
      const kind = KIND_BY_FIELD[field.name] ?? KIND_BY_TYPE[named];
      if (!kind) throw new Error(`no kind known for ${field.name}(id)`);
      args[a.name] = b.id(kind, position);
    } else if (hasId(a.type) || a.name === 'first' || (isNonNullType(a.type) && a.defaultValue === undefined))
      args[a.name] = valueOf(a.type, a.name, position, b);
  }
  return args;
}

/** Scalar fields two levels down (connections: their nodes), no fields that need arguments. */
export function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const f of Object.values((named as GraphQLObjectType).getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(f.name);
    else if (depth > 0 || f.name === 'edges' || f.name === 'node') {
      const sub = selectionOf(f.type, f.name === 'edges' || f.name === 'node' ? depth : depth - 1);
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

export function documentOf(
  op: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  selection = selectionOf(field.type, 1),
) {
  const used = field.args.filter((a) => a.name in args);
  const vars = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${op}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
}

export async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
    }),
  );
}
