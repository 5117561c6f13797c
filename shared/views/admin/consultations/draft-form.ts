import { inputId, inputName, valueAt } from '../../../admin/draft/index.ts';
import type { SummaryIssue } from '../components.tsx';
import type { DraftProblem } from './issues.ts';

type Path = readonly (string | number)[];
/** How a posted input is read into the draft: text, number, boolean or list of strings. */
export type InputKind = 't' | 'n' | 'b' | 'l';

/** What an input of the editor needs: where it is, what it holds and the problems found there. */
export interface PlacedInput {
  id: string;
  name: string;
  value: string;
  error: string | undefined;
}

/**
 * The editor's view of a draft while one section is rendered. Every input and group registers its
 * draft path; each problem is shown at the deepest registered place its path starts with, so a
 * problem about a whole list (`fields`) appears at its group and one about `title.en` at that input.
 */
export class DraftForm {
  readonly draft: Record<string, unknown>;
  private readonly issues: readonly DraftProblem[];
  private readonly placed: ReadonlyMap<string, DraftProblem[]>;
  private readonly registered = new Set<string>();

  private constructor(
    draft: Record<string, unknown>,
    issues: readonly DraftProblem[],
    places?: ReadonlySet<string>,
  ) {
    this.draft = draft;
    this.issues = issues;
    const placed = new Map<string, DraftProblem[]>();
    if (places)
      for (const issue of issues) {
        const key = deepestPlace(issue.path, places);
        placed.set(key, [...(placed.get(key) ?? []), issue]);
      }
    this.placed = placed;
  }

  /**
   * Renders a section in two passes: the first learns where the inputs are, the second places each
   * problem at its input. `body` must register its inputs while it runs (plain calls, not nested
   * components, which would render later). `unplaced`: problems with no place in the section.
   */
  static render<T>(
    draft: Record<string, unknown>,
    issues: readonly DraftProblem[],
    body: (form: DraftForm) => T,
  ): { content: T; summary: SummaryIssue[]; unplaced: DraftProblem[] } {
    const probe = new DraftForm(draft, issues);
    body(probe);
    const form = new DraftForm(draft, issues, new Set(probe.registered));
    const content = body(form);
    return { content, summary: form.summary(), unplaced: form.placed.get('') ?? [] };
  }

  /** The value at `path` as an input shows it: texts and numbers as typed, anything else empty. */
  text(path: Path): string {
    const value = valueAt(this.draft, path);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }

  /** The strings of a list at `path` (a single string counts as a list of one). */
  list(path: Path): string[] {
    const value = valueAt(this.draft, path);
    if (typeof value === 'string') return [value];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  /** The raw value at `path`. */
  value(path: Path): unknown {
    return valueAt(this.draft, path);
  }

  /** Registers an input named after its draft path. */
  input(kind: InputKind, path: Path): PlacedInput {
    const { id, error } = this.at(path);
    return { id, name: inputName(kind, path), value: this.text(path), error };
  }

  /**
   * Registers a place at `path` that is not a plain draft input: a group of inputs (a fieldset, for
   * problems about the whole of it) or an input posted under its own name (see
   * shared/admin/draft/choice-inputs.ts).
   */
  at(path: Path): { id: string; error: string | undefined } {
    this.registered.add(keyOf(path));
    const here = this.placed.get(keyOf(path));
    const error = here && here.length > 0 ? here.map((issue) => issue.message).join('. ') : undefined;
    return { id: inputId(path), error };
  }

  /** The error summary: every problem of the section, linked to the place it is shown. */
  private summary(): SummaryIssue[] {
    return this.issues.map((issue) => {
      const key = deepestPlace(issue.path, this.registered);
      const at = key === '' ? undefined : issue.path.slice(0, key.split('.').length);
      return { href: at ? `#${inputId(at)}` : '#section-form', message: issue.summary };
    });
  }
}

function keyOf(path: Path): string {
  return path.join('.');
}

/** The longest registered prefix of `path` ('' when none). */
function deepestPlace(path: Path, places: ReadonlySet<string>): string {
  for (let length = path.length; length > 0; length--) {
    const key = keyOf(path.slice(0, length));
    if (places.has(key)) return key;
  }
  return '';
}
