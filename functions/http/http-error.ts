import type { Locale } from '../../shared/i18n/locales.ts';

/** Statuses a request can end in by the client's doing; each has a localized error page. */
export type ClientErrorStatus = 400 | 403 | 404 | 405 | 413 | 415;

export interface HttpErrorOptions {
  cause?: unknown;
  /** Headers the answer needs, e.g. `allow` for 405. */
  headers?: Record<string, string>;
  /** The page's language when the handler already knows it (e.g. the consultation's language). */
  locale?: Locale;
}

/**
 * An expected refusal of a request (unknown page, wrong content type, body too large). The
 * `httpErrors` middleware turns it into its localized error page; it is never logged as a fault.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: ClientErrorStatus;
  readonly headers: Record<string, string>;
  readonly locale: Locale | undefined;

  constructor(status: ClientErrorStatus, message: string, options: HttpErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.status = status;
    this.headers = options.headers ?? {};
    this.locale = options.locale;
  }
}
