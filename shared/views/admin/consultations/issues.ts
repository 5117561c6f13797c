import type { SummaryIssue } from '../components.tsx';
import { DRAFT_SECTIONS, type DraftSectionName, SECTION_TITLES, sectionPath } from './paths.ts';

/** A problem of a draft as the pages show it (the draft domain's DraftIssue has this shape). */
export interface DraftProblem {
  path: readonly (string | number)[];
  section: DraftSectionName;
  /** Shown next to the input. */
  message: string;
  /** Shown in an error summary: names the input, e.g. `Field 3 (age), label in English: enter the text`. */
  summary: string;
}

/** Id of the editor input at a draft path: `f-` and the path's segments joined by `-`. */
export type InputIdOf = (path: readonly (string | number)[]) => string;

/** How many problems each section of the editor has. */
export function issueCountsOf(issues: readonly DraftProblem[]): Record<DraftSectionName, number> {
  const counts = Object.fromEntries(DRAFT_SECTIONS.map((section) => [section, 0])) as Record<
    DraftSectionName,
    number
  >;
  for (const issue of issues) counts[issue.section] += 1;
  return counts;
}

/** Each problem as a link into the editor section (and to the input) where it is fixed. */
export function issueLinks(id: string, issues: readonly DraftProblem[], inputId: InputIdOf): SummaryIssue[] {
  return issues.map((issue) => ({
    href: `${sectionPath(id, issue.section)}#${inputId(issue.path)}`,
    message: `${SECTION_TITLES[issue.section]} – ${issue.summary}`,
  }));
}
