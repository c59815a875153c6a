import { COOPERATION_MODES, ChannelKind, IpStatus, ProjectFields, ProjectStatus } from '@sixcan/domain';
import { ReferenceChannel, referenceChannels } from './channels';
import {
  Language,
  availabilityWindows,
  fundingAsk,
  ipWeight,
  selfAssessment,
  summaryOf,
  teamOf,
  trimDraft,
  uniqueTitle,
} from './content';
import { COUNTRY_PROFILES, CountryProfile, countryProfile } from './countries';
import { REFERENCE_PROGRAMME } from './programme';
import { SeededRandom } from './random';
import { fill, initials, slug } from './text';
import { IP_TERMS, PATENT_REGIONS, SECTOR_WORDS, SectorWords, Term } from './words';

/** One project of the reference intake, ready to be stored for a programme. */
export interface ReferenceProject {
  /** Key of the nominating channel (see `referenceChannels`), or null for a direct application. */
  channelKey: string | null;
  status: ProjectStatus;
  fields: ProjectFields;
  /** The account that files the project: usually the contact, sometimes a transfer office or colleague. */
  applicantEmail: string;
  /** Null for drafts; withdrawn projects were submitted first. */
  submittedAt: Date | null;
}

interface Organisation {
  name: string;
  /** For Chinese text: the Chinese name of a channel institution, else the same as `name`. */
  nameZh: string;
  domain: string;
  academic: boolean;
}

/** Submissions fall in the two months before 1 March 2027 (UTC), inside the programme's window. */
const SUBMIT_FROM = Date.UTC(2027, 0, 1);
const SUBMIT_SPAN_SECONDS = (REFERENCE_PROGRAMME.closesAt.getTime() - SUBMIT_FROM) / 1000;
const TRLS = [3, 4, 5, 6, 7, 8, 9] as const;
const TRL_WEIGHTS = [1, 2, 3, 4, 4, 2, 1] as const;
const IP_STATUSES = Object.values(IpStatus);

/**
 * The reference scenario's intake: `count` projects from 36 countries over the 40 reference channels (about
 * one in ten direct) and the three sectors. Pure and deterministic: the same arguments give deep-equal output.
 */
export function referenceProjects(count = 2400, seed = 2026): ReferenceProject[] {
  const rng = new SeededRandom(seed);
  const channels = referenceChannels();
  const networks = channels.filter((ch) => !isInstitution(ch));
  const seen = new Set<string>();
  const out: ReferenceProject[] = [];
  for (let i = 0; i < count; i++) {
    // The first projects go round the channels once, so every channel is used; then country first, by weight.
    const channel = i < channels.length ? channels[i] : null;
    const profile = channel ? channelCountry(rng, channel) : rng.weighted(COUNTRY_PROFILES, (p) => p.weight);
    out.push(generateProject(rng, channel ?? pickChannel(rng, profile, channels, networks), profile, seen));
  }
  return out;
}

function isInstitution(channel: ReferenceChannel | null): boolean {
  return channel?.kind === ChannelKind.UNIVERSITY || channel?.kind === ChannelKind.RESEARCH_INSTITUTE;
}

/** About one in ten direct; else mostly a university or institute of the country, or a network. */
function pickChannel(
  rng: SeededRandom,
  profile: CountryProfile,
  channels: readonly ReferenceChannel[],
  networks: readonly ReferenceChannel[],
): ReferenceChannel | null {
  const r = rng.float();
  if (r < 0.1) return null;
  const local = channels.filter((ch) => ch.country === profile.code && isInstitution(ch));
  return local.length > 0 && r < 0.6 ? rng.pick(local) : rng.pick(networks);
}

/** Universities and institutes nominate from their own country; networks mostly from anywhere. */
function channelCountry(rng: SeededRandom, channel: ReferenceChannel): CountryProfile {
  const own = countryProfile(channel.country);
  if (own && (isInstitution(channel) || rng.chance(0.25))) return own;
  return rng.weighted(COUNTRY_PROFILES, (p) => p.weight);
}

function pickOrganisation(
  rng: SeededRandom,
  channel: ReferenceChannel | null,
  profile: CountryProfile,
  words: SectorWords,
): Organisation {
  const tld = profile.code.toLowerCase();
  if (channel && isInstitution(channel) && channel.country === profile.code && rng.chance(0.55))
    return {
      name: channel.nameEn,
      nameZh: channel.nameZh,
      domain: `${channel.key}.${tld}.example`,
      academic: true,
    };
  if (rng.chance(0.45)) {
    const name = rng.pick(profile.universities);
    return { name, nameZh: name, domain: `${initials(name)}.${tld}.example`, academic: true };
  }
  const stem = rng.pick(profile.stems);
  const word = rng.pick(words.companyWords);
  const name = `${stem} ${word} ${rng.pick(profile.suffix)}`;
  return { name, nameZh: name, domain: `${slug(stem + word)}.${tld}.example`, academic: false };
}

function pickLanguage(rng: SeededRandom): Language {
  const r = rng.float();
  return r < 0.1 ? 'en' : r < 0.13 ? 'zh' : 'both';
}

function pickStatus(rng: SeededRandom): ProjectStatus {
  const r = rng.float();
  return r < 0.09 ? ProjectStatus.DRAFT : r < 0.12 ? ProjectStatus.WITHDRAWN : ProjectStatus.SUBMITTED;
}

function generateProject(
  rng: SeededRandom,
  channel: ReferenceChannel | null,
  profile: CountryProfile,
  seen: Set<string>,
): ReferenceProject {
  const sector = rng.pick(REFERENCE_PROGRAMME.sectors);
  const words = SECTOR_WORDS[sector.code];
  const organisation = pickOrganisation(rng, channel, profile, words);
  const org = organisation.name;
  const orgTerm: Term = [org, organisation.nameZh];
  const language = pickLanguage(rng);
  const status = pickStatus(rng);
  const { topic, title } = uniqueTitle(rng, words, language, org, seen);

  const trl = rng.weighted(TRLS, (t) => TRL_WEIGHTS[TRLS.indexOf(t)]);
  const ipStatus = rng.weighted(IP_STATUSES, (s) => ipWeight(s, sector.code));
  const modes = rng
    .sample(COOPERATION_MODES, rng.int(1, 3))
    .sort((a, b) => COOPERATION_MODES.indexOf(a) - COOPERATION_MODES.indexOf(b));
  const region = rng.pick(PATENT_REGIONS);
  const ip: Term = [
    fill(IP_TERMS[ipStatus][0], { r: region[0] }),
    fill(IP_TERMS[ipStatus][1], { r: region[1] }),
  ];
  const summary = summaryOf(rng, language, { org: orgTerm, topic, words, trl, ip, modes });

  const first = rng.pick(profile.first);
  const last = rng.pick(profile.last);
  const contactName = `${first} ${last}`;
  const contactEmail = `${slug(first)}.${slug(last)}@${organisation.domain}`;
  const contactPhone = `${profile.phone} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`;
  const team = teamOf(rng, language, contactName, organisation.academic, topic.tech);
  const applicantEmail = rng.chance(0.75)
    ? contactEmail
    : organisation.academic
      ? `tto@${organisation.domain}`
      : `${slug(rng.pick(profile.first))}.${slug(rng.pick(profile.last))}@${organisation.domain}`;
  const funding = fundingAsk(rng, profile);

  const fields: ProjectFields = {
    title,
    summary,
    sectorCode: sector.code,
    country: profile.code,
    organizationName: org,
    trl,
    ipStatus,
    cooperationModes: modes,
    fundingAmountMinor: funding.amountMinor,
    fundingCurrency: funding.currency,
    team,
    contactName,
    contactEmail,
    contactPhone,
    presenterTimeZone: rng.pick(profile.zones),
    availability: availabilityWindows(rng),
    selfAssessment: selfAssessment(rng, language, { contactName, trl, org: orgTerm, ip }),
    attachmentFileIds: [],
  };
  if (status === ProjectStatus.DRAFT) trimDraft(rng, fields);
  // Skewed towards the deadline, as real submissions are; whole seconds.
  const submittedAt =
    status === ProjectStatus.DRAFT
      ? null
      : new Date(SUBMIT_FROM + Math.floor(Math.pow(rng.float(), 0.7) * SUBMIT_SPAN_SECONDS) * 1000);
  return { channelKey: channel?.key ?? null, status, fields, applicantEmail, submittedAt };
}
