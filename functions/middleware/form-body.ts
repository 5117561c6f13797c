import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { parseFormBody } from '../../shared/answers/form-body.ts';
import type { FormBody } from '../../shared/answers/types.ts';
import { HttpError } from '../http/http-error.ts';
import { requestHeader } from '../http/request-headers.ts';

/** An API Gateway event that the `formBody` middleware has given the parsed fields (read them with `formBodyOf`). */
export type FormBodyEvent = APIGatewayProxyEventV2 & { formBody?: FormBody };

/** The chain lacks `formBody`: a bug in the handler's wiring, never the client's fault. */
export class MissingFormBodyError extends Error {
  override readonly name = 'MissingFormBodyError';
}

/** The parsed fields of a request that went through `formBody`. */
export function formBodyOf(event: FormBodyEvent): FormBody {
  if (!event.formBody) throw new MissingFormBodyError('formBody() must run before this handler');
  return event.formBody;
}

export interface FormBodyOptions {
  /** Largest accepted body in bytes, after base64 decoding. */
  maxBytes: number;
}

const MEDIA_TYPE = 'application/x-www-form-urlencoded';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Parses an `application/x-www-form-urlencoded` body into `event.formBody`. Anything else is refused
 * with 415, a body over `maxBytes` with 413 and bytes that are not UTF-8 with 400, so bad input
 * always ends in a 4xx page and never reaches the handler.
 */
export function formBody({
  maxBytes,
}: FormBodyOptions): MiddlewareObj<FormBodyEvent, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'formBody',
    before: (request) => {
      const event = request.event;
      if (!isFormMediaType(requestHeader(event, 'content-type'))) {
        throw new HttpError(415, 'Only application/x-www-form-urlencoded bodies are accepted');
      }
      const bytes = bodyBytes(event.body ?? '', event.isBase64Encoded === true, maxBytes);
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch (cause) {
        throw new HttpError(400, 'The body is not valid UTF-8', { cause });
      }
      event.formBody = parseFormBody(text);
    },
  };
}

/** The raw bytes of the body; API Gateway caps a payload at a few MB, so decoding before measuring is cheap. */
function bodyBytes(body: string, base64: boolean, maxBytes: number): Uint8Array {
  const bytes = Buffer.from(body, base64 ? 'base64' : 'utf8');
  if (bytes.byteLength > maxBytes) throw new HttpError(413, `The body is larger than ${maxBytes} bytes`);
  return bytes;
}

function isFormMediaType(header: string | undefined): boolean {
  if (!header) return false;
  const [type = '', ...parameters] = header.split(';');
  if (type.trim().toLowerCase() !== MEDIA_TYPE) return false;
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}
