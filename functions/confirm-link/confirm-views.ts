import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Keyring } from '../../shared/links/index.ts';
import type { ConfirmationView, ConfirmDeps } from '../../shared/submissions/confirm.ts';
import {
  renderConfirmButtonPage,
  renderConfirmExpiredPage,
  renderConfirmedPage,
  renderRefusedPage,
} from '../../shared/views/confirm/pages.tsx';
import { HttpError } from '../http/http-error.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { readSignedLink, type SignedLink } from '../http/signed-link.ts';

/** What the confirmation link's page and its button need. */
export interface ConfirmLinkDeps extends ConfirmDeps {
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/** The token is in the address: never cached, never sent on as a referrer. */
const PRIVATE_PAGE_HEADERS = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

/** The `{token}` of /v/{token}, verified for a confirmation (403 for anything else, nothing revealed). */
export async function readConfirmLink(
  deps: ConfirmLinkDeps,
  event: APIGatewayProxyEventV2,
): Promise<SignedLink> {
  return readSignedLink(event, await deps.keyring(), 'confirm', deps.now());
}

/** The link's own path, with the page language. */
export function confirmPath(event: APIGatewayProxyEventV2, locale: Locale): string {
  const token = event.pathParameters?.token ?? '';
  return `/v/${token}?${new URLSearchParams({ lang: locale })}`;
}

/** `?lang=` among the consultation's languages, else the language the answer was given in. */
function viewLocale(event: APIGatewayProxyEventV2, languages: readonly Locale[], fallback: Locale): Locale {
  return requestLocale({ ...event, headers: {} }, { available: languages, fallback });
}

/** The page of a confirmation view: the button while pending, else where it stands. */
export function confirmationResponse(
  event: APIGatewayProxyEventV2,
  view: ConfirmationView,
): APIGatewayProxyStructuredResultV2 {
  if (view.kind === 'gone') throw new HttpError(404, 'No pending answer or submission for this link');
  const { definition } = view;
  const fallback = view.kind === 'pending' ? view.pending.locale : view.locale;
  const locale = viewLocale(event, definition.languages, fallback);
  switch (view.kind) {
    case 'pending': {
      const action = confirmPath(event, locale);
      const page = renderConfirmButtonPage({ definition, locale, reference: view.pending.reference, action });
      return htmlResponse(200, page, PRIVATE_PAGE_HEADERS);
    }
    case 'confirmed':
      return htmlResponse(
        200,
        renderConfirmedPage({ definition, locale, reference: view.reference }),
        PRIVATE_PAGE_HEADERS,
      );
    case 'refused':
      return htmlResponse(409, renderRefusedPage({ definition, locale }), PRIVATE_PAGE_HEADERS);
    case 'closed':
    case 'expired':
      return htmlResponse(
        view.kind === 'closed' ? 409 : 410,
        renderConfirmExpiredPage({ definition, locale, reason: view.kind }),
        PRIVATE_PAGE_HEADERS,
      );
    default:
      return view satisfies never;
  }
}

/** An expired link confirms nothing: it shows "confirmed" when it was, else "expired". */
export function expiredView(view: ConfirmationView): ConfirmationView {
  return view.kind === 'pending'
    ? { kind: 'expired', definition: view.definition, locale: view.pending.locale }
    : view;
}
