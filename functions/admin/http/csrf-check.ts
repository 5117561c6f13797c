import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { csrfTokenMatches } from '../../../shared/admin/csrf.ts';
import { formValue } from '../../../shared/answers/form-body.ts';
import { HttpError } from '../../http/http-error.ts';
import { formBodyOf } from '../../middleware/form-body.ts';
import { type StaffEvent, staffOf } from './staff-event.ts';

/** The posted field that carries the session's synchronizer token. */
export const CSRF_FIELD = '_csrf';

/**
 * Refuses (403) a staff POST whose `_csrf` is not its session's token, before the handler runs:
 * a page of another site can make the browser post with the cookie, but cannot read the token.
 */
export function csrfCheck(): MiddlewareObj<StaffEvent, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'csrfCheck',
    before: (request) => {
      const { session } = staffOf(request.event);
      if (!csrfTokenMatches(formValue(formBodyOf(request.event), CSRF_FIELD), session.csrfToken)) {
        throw new HttpError(403, 'CSRF token missing or wrong');
      }
    },
  };
}
