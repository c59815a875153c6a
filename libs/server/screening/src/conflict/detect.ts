import { ConflictKind, ReviewPair } from '@sixcan/domain';

/** The ties of a reviewer that can make a conflict. */
export interface ReviewerTies {
  id: string;
  affiliation: string | null;
  emailDomain: string | null;
}

/** The ties of a project: its organisation, contact domain, and its channel's names and domain. */
export interface ProjectTies {
  id: string;
  organizationName: string | null;
  contactEmailDomain: string | null;
  channelNames: readonly string[];
  channelDomain: string | null;
}

export interface DetectedConflict extends ReviewPair {
  kind: ConflictKind;
  reason: string;
}

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').trim().toLowerCase();

/**
 * Conflicts found by comparing ties: a reviewer whose affiliation or e-mail domain equals (case-insensitive,
 * trimmed) the project's organisation name, contact e-mail domain, or its channel's name or domain.
 * One conflict per pair, the first tie found named in the reason.
 */
export function detectConflicts(
  reviewers: readonly ReviewerTies[],
  projects: readonly ProjectTies[],
): DetectedConflict[] {
  // Index the projects by each tie value, so the work grows with the matches, not reviewers × projects.
  const byValue = new Map<string, { projectId: string; what: string }[]>();
  const index = (value: string | null | undefined, projectId: string, what: string) => {
    const key = norm(value);
    if (!key) return;
    const list = byValue.get(key) ?? [];
    if (!list.some((x) => x.projectId === projectId)) list.push({ projectId, what });
    byValue.set(key, list);
  };
  for (const p of projects) {
    index(p.organizationName, p.id, 'the project’s organisation');
    index(p.contactEmailDomain, p.id, 'the project contact’s e-mail domain');
    for (const name of p.channelNames) index(name, p.id, 'the recommending channel');
    index(p.channelDomain, p.id, 'the recommending channel’s e-mail domain');
  }
  const found: DetectedConflict[] = [];
  for (const r of reviewers) {
    const seen = new Set<string>();
    const ties: [string | null, ConflictKind, string][] = [
      [r.affiliation, ConflictKind.SAME_AFFILIATION, 'affiliation'],
      [r.emailDomain, ConflictKind.SAME_EMAIL_DOMAIN, 'e-mail domain'],
    ];
    for (const [value, kind, label] of ties) {
      const key = norm(value);
      if (!key) continue;
      for (const hit of byValue.get(key) ?? []) {
        if (seen.has(hit.projectId)) continue;
        seen.add(hit.projectId);
        found.push({
          projectId: hit.projectId,
          reviewerId: r.id,
          kind,
          reason: `The reviewer’s ${label} “${value?.trim()}” matches ${hit.what}`,
        });
      }
    }
  }
  return found;
}
