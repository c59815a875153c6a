/**
 * What the report prints besides the dashboard's figures, read in SQL from the other contexts' tables (a read
 * model imports no other context): the programme and its organisation, the roadshow line-up and the signed
 * agreements with their amounts converted through the organisation's FX table. Every statement is scoped to
 * the report's organisation.
 */
import { Bilingual, convertMinor, FxTable } from '@sixcan/domain';
import { EntityManager } from 'typeorm';

export interface ReportProgramme {
  id: string;
  title: Bilingual;
  timeZone: string;
  currency: string;
  organizationName: string;
}

export interface ReportSlot {
  position: number;
  startsAt: Date;
  endsAt: Date;
  presenterTimeZone: string;
  delivery: string;
  status: string;
  title: Bilingual;
  country: string | null;
}

export interface ReportRoadshow {
  id: string;
  title: Bilingual;
  mode: string;
  venue: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: string;
  slots: ReportSlot[];
}

export interface ReportAgreement {
  id: string;
  kind: string;
  signedAt: Date;
  partner: Bilingual;
  partnerKind: string;
  project: Bilingual;
  country: string | null;
  committedMinor: bigint;
  currency: string;
  /** In the programme's currency; null when the FX table has no rate for the currency. */
  committedConvertedMinor: bigint | null;
  realisedMinor: bigint;
  realisedConvertedMinor: bigint | null;
  realisedAt: Date | null;
  registeredEntity: string | null;
  jobsCreated: number | null;
  ceremony: { title: Bilingual; mode: string; timeZone: string } | null;
  /** The deal's stage (SIGNED or LANDED once signed). */
  dealStage: string | null;
}

export interface ReportFx {
  base: string | null;
  rates: { currency: string; rate: string; updatedAt: Date }[];
  /** Currencies of agreements the table cannot convert to the programme's currency. */
  missing: string[];
}

const text = (zh: string | null, en: string | null): Bilingual => ({ zh, en });

export async function readProgramme(
  em: EntityManager,
  organizationId: string,
  programmeId: string,
): Promise<ReportProgramme | null> {
  const [row]: {
    id: string;
    title_zh: string | null;
    title_en: string | null;
    time_zone: string;
    currency: string;
    name: string | null;
  }[] = await em.query(
    `SELECT p.id, p.title_zh, p.title_en, p.time_zone, p.currency, o.name
       FROM programme p LEFT JOIN organization o ON o.id = p.organization_id
      WHERE p.id = $1 AND p.organization_id = $2`,
    [programmeId, organizationId],
  );
  if (!row) return null;
  return {
    id: row.id,
    title: text(row.title_zh, row.title_en),
    timeZone: row.time_zone,
    currency: row.currency.trim(),
    organizationName: row.name ?? '',
  };
}

/** The programme's roadshows in start order, each with its slots in running order. */
export async function readLineup(
  em: EntityManager,
  organizationId: string,
  programmeId: string,
): Promise<ReportRoadshow[]> {
  const events: {
    id: string;
    title_zh: string | null;
    title_en: string | null;
    mode: string;
    venue: string | null;
    starts_at: Date;
    ends_at: Date;
    time_zone: string;
    status: string;
  }[] = await em.query(
    `SELECT id, title_zh, title_en, mode, venue, starts_at, ends_at, time_zone, status
       FROM roadshow_event WHERE organization_id = $1 AND programme_id = $2
      ORDER BY starts_at, id`,
    [organizationId, programmeId],
  );
  if (!events.length) return [];
  const slots: {
    roadshow_id: string;
    position: number;
    starts_at: Date;
    ends_at: Date;
    presenter_time_zone: string;
    delivery: string;
    status: string;
    title_zh: string | null;
    title_en: string | null;
    country: string | null;
  }[] = await em.query(
    `SELECT s.roadshow_id, s.position, s.starts_at, s.ends_at, s.presenter_time_zone, s.delivery, s.status,
            p.title_zh, p.title_en, p.country
       FROM roadshow_slot s JOIN project p ON p.id = s.project_id AND p.organization_id = s.organization_id
      WHERE s.organization_id = $1 AND s.roadshow_id = ANY($2)
      ORDER BY s.roadshow_id, s.position, s.starts_at`,
    [organizationId, events.map((e) => e.id)],
  );
  const byEvent = new Map<string, ReportSlot[]>();
  for (const s of slots) {
    const list = byEvent.get(s.roadshow_id) ?? [];
    list.push({
      position: s.position,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      presenterTimeZone: s.presenter_time_zone,
      delivery: s.delivery,
      status: s.status,
      title: text(s.title_zh, s.title_en),
      country: s.country?.trim() || null,
    });
    byEvent.set(s.roadshow_id, list);
  }
  return events.map((e) => ({
    id: e.id,
    title: text(e.title_zh, e.title_en),
    mode: e.mode,
    venue: e.venue,
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    timeZone: e.time_zone,
    status: e.status,
    slots: byEvent.get(e.id) ?? [],
  }));
}

/** The organisation's FX table (rates per one unit of the base currency). */
export async function readFx(em: EntityManager, organizationId: string): Promise<Omit<ReportFx, 'missing'>> {
  const rows: { currency: string; base_currency: string; rate: string; updated_at: Date }[] = await em.query(
    `SELECT currency, base_currency, rate::text AS rate, updated_at FROM fx_rate
      WHERE organization_id = $1 ORDER BY currency`,
    [organizationId],
  );
  return {
    base: rows[0]?.base_currency.trim() ?? null,
    rates: rows.map((r) => ({ currency: r.currency.trim(), rate: r.rate, updatedAt: r.updated_at })),
  };
}

/** Converts to `to` through the table; null when it cannot (no table, no rate). */
export function converter(fx: Omit<ReportFx, 'missing'>, to: string) {
  const table: FxTable | null = fx.base
    ? { base: fx.base, rates: Object.fromEntries(fx.rates.map((r) => [r.currency, r.rate])) }
    : null;
  return (minor: bigint, from: string): bigint | null => {
    if (from === to) return minor;
    if (!table) return null;
    const result = convertMinor(minor, from, to, table);
    return result.ok ? result.amountMinor : null;
  };
}

/** The agreements on the programme's projects, in signing order. */
export async function readAgreements(
  em: EntityManager,
  organizationId: string,
  programme: ReportProgramme,
  fx: Omit<ReportFx, 'missing'>,
): Promise<{ agreements: ReportAgreement[]; missing: string[] }> {
  const rows: {
    id: string;
    kind: string;
    signed_at: Date;
    committed_minor: string;
    currency: string;
    realised_minor: string;
    realised_at: Date | null;
    registered_entity: string | null;
    jobs_created: number | null;
    partner_zh: string | null;
    partner_en: string | null;
    partner_kind: string;
    title_zh: string | null;
    title_en: string | null;
    country: string | null;
    stage: string | null;
    ceremony_zh: string | null;
    ceremony_en: string | null;
    ceremony_mode: string | null;
    ceremony_zone: string | null;
  }[] = await em.query(
    `SELECT a.id, a.kind, a.signed_at, a.committed_minor::text AS committed_minor, a.currency,
            a.realised_minor::text AS realised_minor, a.realised_at, a.registered_entity, a.jobs_created,
            pa.name_zh AS partner_zh, pa.name_en AS partner_en, pa.kind AS partner_kind,
            p.title_zh, p.title_en, p.country, d.stage,
            c.title_zh AS ceremony_zh, c.title_en AS ceremony_en, c.mode AS ceremony_mode, c.time_zone AS ceremony_zone
       FROM agreement a
       JOIN project p ON p.id = a.project_id AND p.organization_id = a.organization_id
       JOIN partner pa ON pa.id = a.partner_id AND pa.organization_id = a.organization_id
       LEFT JOIN deal d ON d.id = a.deal_id AND d.organization_id = a.organization_id
       LEFT JOIN signing_ceremony c ON c.id = a.ceremony_id AND c.organization_id = a.organization_id
      WHERE a.organization_id = $1 AND p.programme_id = $2
      ORDER BY a.signed_at, a.id`,
    [organizationId, programme.id],
  );
  const convert = converter(fx, programme.currency);
  const missing = new Set<string>();
  const agreements = rows.map((r): ReportAgreement => {
    const currency = r.currency.trim();
    const committedMinor = BigInt(r.committed_minor);
    const realisedMinor = BigInt(r.realised_minor);
    const committedConvertedMinor = convert(committedMinor, currency);
    if (committedConvertedMinor == null) missing.add(currency);
    return {
      id: r.id,
      kind: r.kind,
      signedAt: r.signed_at,
      partner: text(r.partner_zh, r.partner_en),
      partnerKind: r.partner_kind,
      project: text(r.title_zh, r.title_en),
      country: r.country?.trim() || null,
      committedMinor,
      currency,
      committedConvertedMinor,
      realisedMinor,
      realisedConvertedMinor: convert(realisedMinor, currency),
      realisedAt: r.realised_at,
      registeredEntity: r.registered_entity,
      jobsCreated: r.jobs_created,
      ceremony: r.ceremony_mode
        ? {
            title: text(r.ceremony_zh, r.ceremony_en),
            mode: r.ceremony_mode,
            timeZone: r.ceremony_zone ?? programme.timeZone,
          }
        : null,
      dealStage: r.stage,
    };
  });
  return { agreements, missing: [...missing].sort() };
}
