import * as z from 'zod';
import { localeSchema } from '../definition/schema.ts';
import type { EmailEffect } from '../workflow/types.ts';

/**
 * The outbox item: the contract between the workflow's write side (this folder) and the mail
 * sender (shared/mail, functions/mailer). See "Outbox items" in ./README.md.
 */

/** How long an outbox item is kept after it was written (TTL), sent or not. */
export const OUTBOX_RETENTION_DAYS = 30;

const approverRecipient = z
  .object({
    kind: z.literal('approver'),
    stageId: z.string(),
    email: z.string(),
    name: z.string(),
    language: localeSchema,
  })
  .strict();
const submitter = z.object({ kind: z.literal('submitter') }).strict();
const department = z.object({ kind: z.literal('department') }).strict();
const previousAddress = z.object({ kind: z.literal('previousAddress'), email: z.string() }).strict();
const email = { type: z.literal('email') };

/** The engine's EmailEffect as a zod schema, to parse what comes back from the table or a stream. */
export const emailEffectSchema = z.discriminatedUnion('template', [
  z
    .object({
      ...email,
      template: z.literal('approvalRequested'),
      to: approverRecipient,
      stageId: z.string(),
      round: z.int().min(1),
      returnedFrom: z.object({ stageId: z.string(), comment: z.string() }).strict().optional(),
    })
    .strict(),
  z
    .object({
      ...email,
      template: z.literal('reminder'),
      to: approverRecipient,
      stageId: z.string(),
      round: z.int().min(1),
    })
    .strict(),
  z.object({ ...email, template: z.literal('received'), to: submitter, stageId: z.string() }).strict(),
  z.object({ ...email, template: z.literal('advanced'), to: submitter, stageId: z.string() }).strict(),
  z.object({ ...email, template: z.literal('returned'), to: submitter, stageId: z.string() }).strict(),
  z.object({ ...email, template: z.literal('approved'), to: submitter }).strict(),
  z
    .object({
      ...email,
      template: z.literal('rejected'),
      to: submitter,
      stageId: z.string(),
      comment: z.string(),
    })
    .strict(),
  z
    .object({
      ...email,
      template: z.literal('sentBack'),
      to: submitter,
      stageId: z.string(),
      comment: z.string(),
    })
    .strict(),
  z.object({ ...email, template: z.literal('contactChanged'), to: previousAddress }).strict(),
  z
    .object({
      ...email,
      template: z.literal('outcome'),
      to: department,
      outcome: z.enum(['approved', 'rejected']),
      stageId: z.string(),
      comment: z.string().optional(),
    })
    .strict(),
  z.object({ ...email, template: z.literal('erased'), to: department, at: z.string() }).strict(),
]);

// The schema must describe exactly the engine's type: a new template or field fails compilation here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Parsed = z.infer<typeof emailEffectSchema>;
type SameKeys<T extends EmailEffect['template']> = T extends unknown
  ? Same<keyof Extract<Parsed, { template: T }>, keyof Extract<EmailEffect, { template: T }>>
  : never;
const schemaMatchesEngine: Same<Parsed, EmailEffect> &
  Same<SameKeys<EmailEffect['template']>, true> &
  Same<Parsed['template'], EmailEffect['template']> = true;
void schemaMatchesEngine;

/**
 * An outbox item as stored (and as a stream NEW_IMAGE unmarshals): keys and unknown attributes are
 * dropped; the outbox id comes from the key (parseOutboxKey).
 */
export const outboxItemSchema = z.object({
  kind: z.literal('outbox'),
  consultationId: z.string(),
  submissionId: z.string(),
  /** Exactly the engine's effect object. */
  effect: emailEffectSchema,
  /** ISO time of the transaction that wrote it. */
  createdAt: z.string(),
  /** Epoch seconds: createdAt + OUTBOX_RETENTION_DAYS (TTL). */
  expiresAt: z.number().int(),
  /** ISO time the mail was sent; set once by markOutboxSent. */
  sentAt: z.string().optional(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
