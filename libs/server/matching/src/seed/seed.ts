import {
  AgreementKind,
  BidStatus,
  CeremonyMode,
  DEAL_STAGES,
  DealStage,
  IntentKind,
  IntentLevel,
  IntentSource,
  PartnerKind,
} from '@sixcan/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Agreement, SigningCeremony } from '../agreement/agreement.entity';
import { Bid, BidRevision, FxRate } from '../bid/bid.entity';
import { snapshotOf } from '../bid/bid-terms';
import { PublishedProject, SavedProject } from '../catalog/catalog.entity';
import { Deal } from '../deal/deal.entity';
import { MatchIntent } from '../intent/intent.entity';
import { Partner, PartnerMember } from '../partner/partner.entity';
import { partnerPool } from './pool';
import { liveStatus, pairKey, showcase } from './showcase';

const DAY = 86400_000;
const YUAN = 100n;
/** 17 agreements, ¥2.4 bn committed in total. */
export const AGREEMENT_AMOUNTS_CNY = [
  420, 310, 260, 220, 180, 160, 140, 120, 110, 100, 90, 80, 70, 50, 40, 30, 20,
].map((m) => BigInt(m) * 1_000_000n * YUAN);

export interface MatchingSeedOptions {
  organizationId: string;
  /** The projects partners browse (published), best first: bids go to the first 12. */
  projectIds: string[];
  sectors: string[];
  /** A demo login made a member of one park (recommendations, a saved project, intents, a live bid, deals). */
  partnerEmail?: string;
  /** The demo applicant's project (one of `projectIds`): two parks hold live bids on it. Default: the first. */
  showcaseProjectId?: string;
  now?: Date;
}

/** The organizer's FX table: CNY base (units per one yuan). */
const FX_RATES: Record<string, string> = { USD: '0.1378', EUR: '0.1291', JPY: '21.05', GBP: '0.1089' };
const SIGNED = 17;
const WITH_INTENTS = 180;

/** Rows without the timestamps the database fills in. */
async function insertAll<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: Omit<T, 'createdAt' | 'updatedAt'>[],
) {
  for (let i = 0; i < rows.length; i += 1000) await em.insert(target, rows.slice(i, i + 1000) as never);
}

/**
 * The reference matchmaking: 120 partners, the given projects published to them, intents and bids on them,
 * a deal per pair at every stage, and 17 agreements (≈ ¥2.4 bn) at two signing ceremonies. Deterministic and
 * idempotent: an organisation that has partners is left alone.
 */
export async function seedMatching(ds: DataSource, o: MatchingSeedOptions): Promise<string> {
  const now = o.now ?? new Date();
  return ds.transaction(async (em) => {
    if (await em.existsBy(Partner, { organizationId: o.organizationId })) return 'already there';
    if (!o.projectIds.length) return 'no projects to match';
    const first =
      o.showcaseProjectId && o.projectIds.includes(o.showcaseProjectId) ? o.showcaseProjectId : null;
    const projectIds = first ? [first, ...o.projectIds.filter((id) => id !== first)] : o.projectIds;
    const partners = partnerPool(o.organizationId, o.sectors);
    await insertAll(em, Partner, partners);
    await em
      .createQueryBuilder()
      .insert()
      .into(PublishedProject)
      .values(
        projectIds.map((projectId) => ({ organizationId: o.organizationId, projectId, publishedBy: null })),
      )
      .orIgnore()
      .execute();
    const kinds: Record<PartnerKind, IntentKind> = {
      [PartnerKind.INVESTOR]: IntentKind.INVESTMENT,
      [PartnerKind.PARK]: IntentKind.LANDING,
      [PartnerKind.ENTERPRISE]: IntentKind.TECH_COOPERATION,
    };
    const levels = [IntentLevel.OBSERVING, IntentLevel.CONSIDERING, IntentLevel.COMMITTED];
    const sources = [IntentSource.HANDBOOK, IntentSource.ROADSHOW, IntentSource.RECOMMENDATION];
    // Pairs: partner i follows project (i * 7 + k) for k < 2 (at most the first 60 projects).
    const pool = projectIds.slice(0, 60);
    const pairs: { partner: Partner; projectId: string; n: number }[] = [];
    partners.forEach((partner, i) => {
      for (let k = 0; k < 2; k++)
        pairs.push({ partner, projectId: pool[(i * 7 + k * 3) % pool.length] as string, n: pairs.length });
    });
    const unique = [...new Map(pairs.map((p) => [pairKey(p.partner.id, p.projectId), p])).values()];
    const demo = showcase(unique, partners, projectIds, { signed: SIGNED, withIntents: WITH_INTENTS });
    const levelOf = (p: (typeof unique)[0]) =>
      demo.levels.get(pairKey(p.partner.id, p.projectId)) ?? (levels[p.n % 3] as IntentLevel);
    const intents = unique.slice(0, WITH_INTENTS).map((p) => ({
      id: randomUUID(),
      organizationId: o.organizationId,
      partnerId: p.partner.id,
      projectId: p.projectId,
      kind: kinds[p.partner.kind],
      level: levelOf(p),
      source: sources[p.n % 3] as IntentSource,
      amountMinor:
        p.partner.kind === PartnerKind.INVESTOR ? BigInt(5 + (p.n % 20)) * 1_000_000n * YUAN : null,
      currency: p.partner.kind === PartnerKind.INVESTOR ? 'CNY' : null,
      note: null,
      createdBy: null,
      committedAt: levelOf(p) === IntentLevel.COMMITTED ? new Date(now.getTime() - (p.n % 30) * DAY) : null,
      version: 1,
    }));
    await insertAll(em, MatchIntent, intents);
    // Bids: on the first 12 projects, by the investors and parks following them.
    const bids = unique
      .filter(
        (p) => projectIds.slice(0, 12).includes(p.projectId) && p.partner.kind !== PartnerKind.ENTERPRISE,
      )
      .map((p) => {
        const park = p.partner.kind === PartnerKind.PARK;
        return Object.assign(new Bid(), {
          id: randomUUID(),
          organizationId: o.organizationId,
          partnerId: p.partner.id,
          projectId: p.projectId,
          status: liveStatus(
            demo,
            p,
            [BidStatus.SUBMITTED, BidStatus.SUBMITTED, BidStatus.ACCEPTED, BidStatus.DECLINED][
              p.n % 4
            ] as BidStatus,
          ),
          revision: 1,
          investmentMinor: park ? null : BigInt(10 + (p.n % 40)) * 1_000_000n * YUAN,
          currency: 'CNY',
          equityPercent: park ? null : 5 + (p.n % 15),
          spaceM2: park ? 1000 + (p.n % 10) * 500 : null,
          rentFreeMonths: park ? 6 + (p.n % 4) * 6 : null,
          subsidyMinor: park ? BigInt(1 + (p.n % 9)) * 1_000_000n * YUAN : null,
          otherTerms: null,
          validUntil: new Date(now.getTime() + (20 + (p.n % 40)) * DAY),
          placedBy: null,
          responseMessage: null,
          closedAt: null,
          closedBy: null,
          version: 1,
        });
      });
    await insertAll(em, Bid, bids);
    await insertAll(
      em,
      BidRevision,
      bids.map((b) => ({
        id: randomUUID(),
        organizationId: o.organizationId,
        bidId: b.id,
        revision: 1,
        terms: snapshotOf(b),
        createdBy: null,
      })),
    );
    // Deals: one per pair, spread over every stage; 17 of them signed or landed carry the agreements.
    const open = DEAL_STAGES.filter((s) => s !== DealStage.SIGNED && s !== DealStage.LANDED);
    const deals = unique.map((p, i) => {
      const stage: DealStage =
        i < SIGNED
          ? i < 6
            ? DealStage.LANDED
            : DealStage.SIGNED
          : (demo.stages.get(pairKey(p.partner.id, p.projectId)) ?? (open[i % open.length] as DealStage));
      return {
        id: randomUUID(),
        organizationId: o.organizationId,
        partnerId: p.partner.id,
        projectId: p.projectId,
        stage,
        ownerUserId: null,
        dropReason: stage === DealStage.DROPPED ? 'Chose another location' : null,
        droppedFrom: stage === DealStage.DROPPED ? DealStage.MEETING : null,
        meetingAt:
          stage === DealStage.INTENT || stage === DealStage.CONTACTED
            ? null
            : new Date(now.getTime() - 20 * DAY),
        ndaFileId: null,
        mouFileId: null,
        nextStepAt: new Date(now.getTime() + ((i % 21) - 7) * DAY),
        nextStep: 'Follow-up call',
        lastActivityAt: new Date(now.getTime() - (i % 30) * DAY),
        version: 1,
      };
    });
    await insertAll(em, Deal, deals);
    const ceremonies = [
      {
        mode: CeremonyMode.CLOUD,
        zh: '国际技术路演云签约仪式',
        en: 'Roadshow cloud signing',
        at: now.getTime() - 10 * DAY,
      },
      {
        mode: CeremonyMode.ON_SITE,
        zh: '产业园区现场签约',
        en: 'On-site signing at the park',
        at: now.getTime() - 3 * DAY,
      },
    ].map((c) => ({
      id: randomUUID(),
      organizationId: o.organizationId,
      titleZh: c.zh,
      titleEn: c.en,
      mode: c.mode,
      heldAt: new Date(c.at),
      timeZone: 'Asia/Shanghai',
      venue: c.mode === CeremonyMode.ON_SITE ? 'Suzhou Industrial Park' : null,
    }));
    await insertAll(em, SigningCeremony, ceremonies);
    const parks = partners.filter((p) => p.kind === PartnerKind.PARK);
    const agreementKind: Record<PartnerKind, AgreementKind> = {
      [PartnerKind.INVESTOR]: AgreementKind.INVESTMENT,
      [PartnerKind.PARK]: AgreementKind.LANDING,
      [PartnerKind.ENTERPRISE]: AgreementKind.COOPERATION,
    };
    const agreements = deals.slice(0, SIGNED).map((d, i) => {
      const partner = partners.find((p) => p.id === d.partnerId) as Partner;
      const committed = AGREEMENT_AMOUNTS_CNY[i] as bigint;
      const landed = d.stage === DealStage.LANDED;
      return {
        id: randomUUID(),
        organizationId: o.organizationId,
        dealId: d.id,
        projectId: d.projectId,
        partnerId: d.partnerId,
        kind: agreementKind[partner.kind],
        parties: [partner.nameZh ?? partner.nameEn ?? ''],
        ceremonyId: (ceremonies[i < 12 ? 0 : 1] as { id: string }).id,
        signedAt: (ceremonies[i < 12 ? 0 : 1] as { heldAt: Date }).heldAt,
        committedMinor: committed,
        currency: 'CNY',
        realisedMinor: landed ? committed / 2n : 0n,
        realisedAt: landed ? new Date(now.getTime() - DAY) : null,
        registeredEntity: landed ? `${partner.nameEn ?? 'Project'} Technology (Suzhou) Co., Ltd.` : null,
        landingPartnerId: landed ? (parks[i % parks.length] as Partner).id : null,
        jobsCreated: landed ? 20 + i * 5 : null,
        documentFileIds: [],
        recordedBy: null,
        version: 1,
      };
    });
    await insertAll(em, Agreement, agreements);
    await insertAll(
      em,
      FxRate,
      Object.entries(FX_RATES).map(([currency, rate]) => ({
        id: randomUUID(),
        organizationId: o.organizationId,
        currency,
        baseCurrency: 'CNY',
        rate,
        updatedBy: null,
      })),
    );
    if (demo.park && o.partnerEmail)
      await em.insert(PartnerMember, {
        organizationId: o.organizationId,
        partnerId: demo.park.id,
        email: o.partnerEmail.trim().toLowerCase(),
        userId: null,
      });
    if (demo.park && demo.savedProjectId)
      await em.insert(SavedProject, {
        organizationId: o.organizationId,
        partnerId: demo.park.id,
        projectId: demo.savedProjectId,
        savedBy: null,
      });
    const total = agreements.reduce((s, a) => s + a.committedMinor, 0n) / YUAN / 1_000_000n;
    return `${partners.length} partners, ${intents.length} intents, ${bids.length} bids, ${deals.length} deals, ${agreements.length} agreements (¥${total} m)`;
  });
}
