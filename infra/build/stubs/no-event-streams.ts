/**
 * Stands in for `@smithy/core/event-streams` in every function bundle: the SDK loads it only for
 * operations that stream (DynamoDB, SES and Secrets Manager have none), so it was dead weight.
 * Should an operation ever need it, it fails loudly instead of silently misbehaving.
 */
const unavailable = (): never => {
  throw new Error('event streams are not bundled into Mitwirken functions (infra/build/function-bundle.ts)');
};

export const eventStreamSerdeProvider = unavailable;
export class EventStreamSerde {
  constructor() {
    unavailable();
  }
}
