import * as z from 'zod';
import type { FormBody } from '../../answers/types.ts';
import type { FieldType } from '../../definition/schema.ts';
import { listAt, newApprover, newField, newOption, newStage } from './blanks.ts';
import { fieldKeySchema, hasOptions, isFieldType } from './field-types.ts';
import { isRecord } from './path.ts';

/**
 * The editor's buttons. Every POST of the editor first applies the posted inputs (form-codec.ts),
 * then the action of the button pressed (`_action`); each action is a pure change of the draft.
 */

export type MoveDirection = 'up' | 'down';

/** One button of the editor; its `_action` value is `actionValue(action)`. */
export type DraftAction =
  | { kind: 'save' }
  | { kind: 'addField'; type: FieldType }
  | { kind: 'removeField'; index: number }
  | { kind: 'moveField'; index: number; direction: MoveDirection }
  | { kind: 'setFieldType'; index: number; type: FieldType }
  | { kind: 'addOption'; fieldIndex: number }
  | { kind: 'removeOption'; fieldIndex: number; optionIndex: number }
  | { kind: 'addStage' }
  | { kind: 'removeStage'; index: number }
  | { kind: 'moveStage'; index: number; direction: MoveDirection }
  | { kind: 'addApprover'; stageIndex: number }
  | { kind: 'removeApprover'; stageIndex: number; approverIndex: number };

/** The body input (a select) that names the type of the field `addField` adds. */
export const NEW_FIELD_TYPE_INPUT = '_newFieldType';

/** The body input (a select) that names the new type of field `index` for `setFieldType:<index>`. */
export function fieldTypeInputName(index: number): string {
  return `_fieldType.${index}`;
}

const INDEX = /^(?:0|[1-9][0-9]{0,3})$/;

/**
 * Reads `_action`: `save`, `addField[:<type>]`, `removeField:<i>`, `moveField:<i>:up|down`,
 * `setFieldType:<i>[:<type>]`, `addOption:<i>`, `removeOption:<i>:<j>`, `addStage`,
 * `removeStage:<i>`, `moveStage:<i>:up|down`, `addApprover:<i>`, `removeApprover:<i>:<j>`.
 * Without a type in the value, `addField` reads it from `_newFieldType` and `setFieldType:<i>` from
 * `_fieldType.<i>` in `body`. No action (a form sent with the Enter key) is `save`; anything
 * unknown or malformed is undefined.
 */
export function parseDraftAction(value: string | undefined, body: FormBody = {}): DraftAction | undefined {
  if (value === undefined || value === '') return { kind: 'save' };
  const [kind, ...args] = value.split(':');
  const index = (text: string | undefined) =>
    text !== undefined && INDEX.test(text) ? Number(text) : undefined;
  const direction = (text: string | undefined): MoveDirection | undefined =>
    text === 'up' || text === 'down' ? text : undefined;
  const type = (text: string | undefined, input: string): FieldType | undefined => {
    const given = text ?? firstValue(body[input]) ?? (kind === 'addField' ? 'text' : undefined);
    return isFieldType(given) ? given : undefined;
  };
  const [a, b] = [args[0], args[1]];
  const arity = (n: number) => args.length === n;
  switch (kind) {
    case 'save':
    case 'addStage':
      return arity(0) ? { kind } : undefined;
    case 'addField': {
      if (args.length > 1) return undefined;
      const t = type(a, NEW_FIELD_TYPE_INPUT);
      return t && { kind, type: t };
    }
    case 'setFieldType': {
      const i = index(a);
      if (i === undefined || args.length > 2) return undefined;
      const t = type(b, fieldTypeInputName(i));
      return t && { kind, index: i, type: t };
    }
    case 'removeField':
    case 'removeStage': {
      const i = index(a);
      return arity(1) && i !== undefined ? { kind, index: i } : undefined;
    }
    case 'moveField':
    case 'moveStage': {
      const [i, d] = [index(a), direction(b)];
      return arity(2) && i !== undefined && d ? { kind, index: i, direction: d } : undefined;
    }
    case 'addOption': {
      const i = index(a);
      return arity(1) && i !== undefined ? { kind, fieldIndex: i } : undefined;
    }
    case 'removeOption': {
      const [i, j] = [index(a), index(b)];
      return arity(2) && i !== undefined && j !== undefined
        ? { kind, fieldIndex: i, optionIndex: j }
        : undefined;
    }
    case 'addApprover': {
      const i = index(a);
      return arity(1) && i !== undefined ? { kind, stageIndex: i } : undefined;
    }
    case 'removeApprover': {
      const [i, j] = [index(a), index(b)];
      return arity(2) && i !== undefined && j !== undefined
        ? { kind, stageIndex: i, approverIndex: j }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The `_action` value of a button, the inverse of parseDraftAction. */
export function actionValue(action: DraftAction): string {
  switch (action.kind) {
    case 'save':
    case 'addStage':
      return action.kind;
    case 'addField':
      return `addField:${action.type}`;
    case 'setFieldType':
      return `setFieldType:${action.index}:${action.type}`;
    case 'removeField':
    case 'removeStage':
      return `${action.kind}:${action.index}`;
    case 'moveField':
    case 'moveStage':
      return `${action.kind}:${action.index}:${action.direction}`;
    case 'addOption':
      return `addOption:${action.fieldIndex}`;
    case 'removeOption':
      return `removeOption:${action.fieldIndex}:${action.optionIndex}`;
    case 'addApprover':
      return `addApprover:${action.stageIndex}`;
    case 'removeApprover':
      return `removeApprover:${action.stageIndex}:${action.approverIndex}`;
    default:
      return action satisfies never;
  }
}

/**
 * Applies an action to a copy of the draft (the argument is never changed). Indexes that point at
 * nothing, and moves past either end, leave the draft as it is. Removing the last stage removes
 * the workflow: a consultation without stages has no approval.
 */
export function applyDraftAction(
  draft: Record<string, unknown>,
  action: DraftAction,
): Record<string, unknown> {
  const next = structuredClone(draft);
  const fields = listAt(next, 'fields');
  const workflow = next.workflow;
  const stages = listAt(workflow, 'stages');
  switch (action.kind) {
    case 'save':
      break;
    case 'addField':
      if (fields) fields.push(newField(next, action.type));
      else next.fields = [newField(next, action.type)];
      break;
    case 'removeField':
      if (fields && action.index < fields.length) fields.splice(action.index, 1);
      break;
    case 'moveField':
      if (fields) move(fields, action.index, action.direction);
      break;
    case 'setFieldType':
      if (fields && action.index < fields.length)
        fields[action.index] = withType(next, fields[action.index], action.type, action.index);
      break;
    case 'addOption': {
      const field = fields?.[action.fieldIndex];
      if (!isRecord(field) || !isFieldType(field.type) || !hasOptions(field.type)) break;
      const options = Array.isArray(field.options) ? field.options : [];
      field.options = [...options, newOption(next, options)];
      break;
    }
    case 'removeOption': {
      const options = listAt(fields?.[action.fieldIndex], 'options');
      if (options && action.optionIndex < options.length) options.splice(action.optionIndex, 1);
      break;
    }
    case 'addStage':
      if (stages) stages.push(newStage(next, stages));
      else if (isRecord(workflow)) workflow.stages = [newStage(next, [])];
      else next.workflow = { stages: [newStage(next, [])] };
      break;
    case 'removeStage':
      if (stages && action.index < stages.length) {
        stages.splice(action.index, 1);
        if (!stages.length) delete next.workflow;
      }
      break;
    case 'moveStage':
      if (stages) move(stages, action.index, action.direction);
      break;
    case 'addApprover': {
      const stage = stages?.[action.stageIndex];
      if (!isRecord(stage)) break;
      const approvers = Array.isArray(stage.approvers) ? stage.approvers : [];
      stage.approvers = [...approvers, newApprover(next)];
      break;
    }
    case 'removeApprover': {
      const approvers = listAt(stages?.[action.stageIndex], 'approvers');
      if (approvers && action.approverIndex < approvers.length) approvers.splice(action.approverIndex, 1);
      break;
    }
    default:
      action satisfies never;
  }
  return next;
}

function move(list: unknown[], index: number, direction: MoveDirection): void {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index >= list.length || other < 0 || other >= list.length) return;
  [list[index], list[other]] = [list[other], list[index]];
}

/**
 * The field as `type`: keys the new type does not have are dropped, and so are values that were
 * valid for the old type but mean something else for the new one (a number field's `min: 18` is
 * no scale minimum); unfinished values stay. A heading's text becomes a label and back.
 */
function withType(draft: unknown, field: unknown, type: FieldType, position: number): unknown {
  if (!isRecord(field) || field.type === type) return field;
  const oldType = isFieldType(field.type) ? field.type : undefined;
  const keep: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(field)) {
    const schema = fieldKeySchema(type, key);
    if (key === 'type' || !schema) continue;
    const validNow = z.safeParse(schema, value).success;
    const oldSchema = oldType && fieldKeySchema(oldType, key);
    const validBefore = oldSchema ? z.safeParse(oldSchema, value).success : false;
    if (validNow || !validBefore) keep[key] = value;
  }
  if (keep.label === undefined && fieldKeySchema(type, 'label') && isRecord(field.text))
    keep.label = field.text;
  if (keep.text === undefined && fieldKeySchema(type, 'text') && isRecord(field.label))
    keep.text = field.label;
  return newField(draft, type, keep, position);
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
