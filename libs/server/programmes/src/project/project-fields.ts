import { DomainError, FieldProblem } from '@sixcan/server-core';
import {
  parseMoney,
  ProjectFields,
  ProjectSource,
  ProjectStatus,
  SectorDef,
  SixCan,
  validateProjectFields,
} from '@sixcan/domain';
import { Project } from './project.entity';
import { ProjectInput } from './project.models';
import { searchDocumentOf } from './search';

const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Applies an input to a project: omitted fields stay, null clears. Throws VALIDATION with every problem. */
export function applyProjectInput(project: Project, input: ProjectInput): void {
  const problems: FieldProblem[] = [];
  if (input.title !== undefined) {
    project.titleZh = text(input.title?.zh);
    project.titleEn = text(input.title?.en);
  }
  if (input.summary !== undefined) {
    project.summaryZh = text(input.summary?.zh);
    project.summaryEn = text(input.summary?.en);
  }
  const simple = [
    'sectorCode',
    'organizationName',
    'team',
    'contactName',
    'contactPhone',
    'presenterTimeZone',
  ] as const;
  for (const key of simple) if (input[key] !== undefined) project[key] = text(input[key]);
  if (input.country !== undefined) project.country = text(input.country)?.toUpperCase() ?? null;
  if (input.contactEmail !== undefined)
    project.contactEmail = text(input.contactEmail)?.toLowerCase() ?? null;
  if (input.trl !== undefined) project.trl = input.trl;
  if (input.ipStatus !== undefined) project.ipStatus = input.ipStatus;
  if (input.cooperationModes !== undefined)
    project.cooperationModes = [...new Set(input.cooperationModes ?? [])];
  if (input.fundingAsk !== undefined) {
    if (input.fundingAsk === null) {
      project.fundingAmountMinor = null;
      project.fundingCurrency = null;
    } else {
      const minor = parseMoney(input.fundingAsk.amount, input.fundingAsk.currency);
      if (minor === undefined)
        problems.push({
          field: 'input.fundingAsk.amount',
          message: `"${input.fundingAsk.amount}" is not an amount in ${input.fundingAsk.currency}: use digits and at most the currency's decimals, never negative`,
        });
      project.fundingAmountMinor = minor ?? null;
      project.fundingCurrency = input.fundingAsk.currency;
    }
  }
  if (input.availability !== undefined) project.availability = input.availability ?? [];
  if (input.selfAssessment !== undefined)
    project.selfAssessment = (input.selfAssessment ?? []).map((s) => ({
      can: s.can,
      claim: s.claim.trim(),
      evidence: text(s.evidence),
    }));
  if (input.attachmentFileIds !== undefined)
    project.attachmentFileIds = [...new Set(input.attachmentFileIds ?? [])];
  if (problems.length) throw DomainError.validation(problems.map((p) => p.message).join('; '), problems);
}

export function fieldsOf(p: Project): ProjectFields {
  return {
    title: { zh: p.titleZh, en: p.titleEn },
    summary: { zh: p.summaryZh, en: p.summaryEn },
    sectorCode: p.sectorCode,
    country: p.country,
    organizationName: p.organizationName,
    trl: p.trl,
    ipStatus: p.ipStatus,
    cooperationModes: p.cooperationModes,
    fundingAmountMinor: p.fundingAmountMinor,
    fundingCurrency: p.fundingCurrency,
    team: p.team,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone,
    presenterTimeZone: p.presenterTimeZone,
    availability: p.availability.map((w) => ({ startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt) })),
    selfAssessment: p.selfAssessment,
    attachmentFileIds: p.attachmentFileIds,
  };
}

/** Throws VALIDATION naming every field (as `input.<field>`) that breaks the rules. */
export function checkProject(
  p: Project,
  programme: { sectors: SectorDef[]; mandatoryCans: SixCan[] },
  forSubmission: boolean,
): void {
  const issues = validateProjectFields(fieldsOf(p), programme, { forSubmission });
  if (issues.length) {
    const verb = forSubmission ? 'To submit, fix' : 'Fix';
    throw DomainError.validation(
      `${verb}: ${issues.map((i) => `${i.field} (${i.message})`).join('; ')}`,
      issues,
    );
  }
}

export function refreshSearchDocument(p: Project): void {
  p.searchDocument = searchDocumentOf([p.titleZh, p.titleEn, p.organizationName, p.summaryZh, p.summaryEn]);
}

/** A new project (not saved) holding the given fields: for imports and seeds. */
export function projectFromFields(
  fields: ProjectFields,
  base: {
    organizationId: string;
    programmeId: string;
    channelId: string | null;
    applicantEmail: string | null;
    source: ProjectSource;
    status: ProjectStatus;
    submittedAt: Date | null;
  },
): Project {
  const project = Object.assign(new Project(), {
    ...base,
    ownerUserId: null,
    titleZh: fields.title.zh ?? null,
    titleEn: fields.title.en ?? null,
    summaryZh: fields.summary.zh ?? null,
    summaryEn: fields.summary.en ?? null,
    sectorCode: fields.sectorCode ?? null,
    country: fields.country ?? null,
    organizationName: fields.organizationName ?? null,
    trl: fields.trl ?? null,
    ipStatus: fields.ipStatus ?? null,
    cooperationModes: fields.cooperationModes ?? [],
    fundingAmountMinor: fields.fundingAmountMinor ?? null,
    fundingCurrency: fields.fundingCurrency ?? null,
    team: fields.team ?? null,
    contactName: fields.contactName ?? null,
    contactEmail: fields.contactEmail?.toLowerCase() ?? null,
    contactPhone: fields.contactPhone ?? null,
    presenterTimeZone: fields.presenterTimeZone ?? null,
    availability: fields.availability ?? [],
    selfAssessment: fields.selfAssessment ?? [],
    attachmentFileIds: fields.attachmentFileIds ?? [],
  });
  refreshSearchDocument(project);
  return project;
}
