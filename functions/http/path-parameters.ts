import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { consultationSchema } from '../../shared/definition/schema.ts';
import { isSubmissionId } from '../../shared/submissions/ids.ts';
import { HttpError } from './http-error.ts';

/** The `{slug}` of the route; a malformed one cannot name a consultation, so it is a 404 without a read. */
export function slugParameter(event: APIGatewayProxyEventV2): string {
  const parsed = consultationSchema.shape.slug.safeParse(event.pathParameters?.slug);
  if (!parsed.success) throw new HttpError(404, 'Malformed consultation slug');
  return parsed.data;
}

/** The `{submissionId}` of the route; a malformed one cannot exist, so it is a 404 without a read. */
export function submissionIdParameter(event: APIGatewayProxyEventV2): string {
  const value = event.pathParameters?.submissionId;
  if (value === undefined || !isSubmissionId(value)) throw new HttpError(404, 'Malformed submission id');
  return value;
}
