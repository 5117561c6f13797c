import type { Field } from '../definition/schema.ts';

/*
 * Element ids of the form, fixed by the team contract: `f-<fieldId>` for the (first) input, `-hint` /
 * `-error` for its texts. Field ids are [a-z][a-z0-9_]*, so no suffix below can collide with another field.
 */

/** Id of a field's input; for radios and checkboxes, of the first option (error summary links go there). */
export const inputId = (fieldId: string): string => `f-${fieldId}`;
/** Id of one option's input: the first option carries the field's own id. */
export const optionId = (fieldId: string, value: string, index: number): string =>
  index === 0 ? inputId(fieldId) : `f-${fieldId}-o-${value}`;
/** Id of a field's hint text. */
export const hintId = (fieldId: string): string => `f-${fieldId}-hint`;
/** Id of a field's error message. */
export const errorId = (fieldId: string): string => `f-${fieldId}-error`;
/** Id of the "only if …" text of a conditional field. */
export const conditionId = (fieldId: string): string => `f-${fieldId}-condition`;
/** Id of the element wrapping a field; fields without id (headings, paragraphs) use their position,
 * which starts with a digit and so never equals a field id. */
export const wrapperId = (field: Field, index: number): string => `w-${field.id ?? String(index)}`;
