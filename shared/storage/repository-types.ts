import type { Consultation } from '../definition/schema.ts';
import type { ConsultationSummary, PublishedDefinition, Submission, SubmissionPage } from './types.ts';

/** Result counters a submission adds to, by `<fieldId>#<optionValue>`; updated in the submit transaction. */
export type CounterIncrements = Record<string, number>;

/** Write capacity a transaction consumed as DynamoDB reported it: table, global secondary indexes, total. */
export interface ConsumedWriteUnits {
  total: number;
  table: number;
  indexes: number;
}

export type PutSubmissionResult =
  /** `consumed`: what the submit transaction cost (for the benchmark); absent when not reported. */
  { stored: true; consumed?: ConsumedWriteUnits } | { stored: false; existing: Submission };

/** Every access pattern of the table, by name. Built by `createRepository` in storage/repository.ts. */
export interface Repository {
  /** Stores the definition as an immutable version and makes it the current one; idempotent. */
  publishDefinition(definition: Consultation): Promise<PublishedDefinition>;
  /** The current published definition behind a public slug. */
  findPublishedBySlug(slug: string): Promise<PublishedDefinition | undefined>;
  /** One immutable version of a consultation's definition. */
  getDefinitionVersion(consultationId: string, version: string): Promise<Consultation | undefined>;
  /** Every published consultation (a query on one partition, never a scan). */
  listConsultations(): Promise<ConsultationSummary[]>;
  /** Stores a submission and its counter increments in one transaction, unless its id exists. */
  putSubmissionOnce(submission: Submission, counters: CounterIncrements): Promise<PutSubmissionResult>;
  /** A submission by its consultation and id (strongly consistent). */
  getSubmission(consultationId: string, id: string): Promise<Submission | undefined>;
  /**
   * A page of a consultation's submissions, newest first across its shards (a Query per shard, no
   * index); pass the page's `cursor` back for the next one. `limit`: 1 to MAX_LIST_LIMIT.
   */
  listSubmissions(
    consultationId: string,
    options: { limit: number; cursor?: string | undefined },
  ): Promise<SubmissionPage>;
  /** Records that the confirmation copy was sent; false when it already was (a retry must not resend). */
  markConfirmationSent(consultationId: string, id: string, sentAt: string): Promise<boolean>;
}
