import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../../http/http-error.ts';
import { requestHeader } from '../../http/request-headers.ts';
import { type FormBodyEvent, formBody } from '../../middleware/form-body.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Like `formBody`, and also accepts `multipart/form-data` (a form with a file input, e.g. a YAML
 * import): each part's text lands in `event.formBody` under its name, a file part as its UTF-8 text.
 * The platform's own parser (`Request.formData`) reads it, so no dependency is added. Over
 * `maxBytes` → 413, unparsable or not UTF-8 → 400, any other media type → 415.
 */
export function formOrMultipartBody({
  maxBytes,
}: {
  maxBytes: number;
}): MiddlewareObj<FormBodyEvent, APIGatewayProxyStructuredResultV2> {
  const urlencoded = formBody({ maxBytes });
  return {
    name: 'formOrMultipartBody',
    before: async (request) => {
      const event = request.event;
      const contentType = requestHeader(event, 'content-type');
      if (!isMultipart(contentType)) return urlencoded.before?.(request);
      const bytes = Buffer.from(event.body ?? '', event.isBase64Encoded === true ? 'base64' : 'utf8');
      if (bytes.byteLength > maxBytes) throw new HttpError(413, `The body is larger than ${maxBytes} bytes`);
      event.formBody = await parseMultipart(bytes, contentType ?? '');
    },
  };
}

function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';
}

async function parseMultipart(
  bytes: Buffer,
  contentType: string,
): Promise<Record<string, string | string[]>> {
  let data: FormData;
  try {
    data = await new Request('http://local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(bytes),
    }).formData();
  } catch (cause) {
    throw new HttpError(400, 'The multipart body cannot be parsed', { cause });
  }
  const values = new Map<string, string[]>();
  for (const [name, value] of data) {
    const text = typeof value === 'string' ? value : decode(new Uint8Array(await value.arrayBuffer()));
    const list = values.get(name);
    if (list) list.push(text);
    else values.set(name, [text]);
  }
  // fromEntries defines own properties, so a part named `__proto__` cannot reach the prototype.
  return Object.fromEntries(
    [...values].map(([name, list]) => [name, list.length === 1 ? (list[0] ?? '') : list]),
  );
}

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new HttpError(400, 'An uploaded file is not UTF-8 text', { cause });
  }
}
