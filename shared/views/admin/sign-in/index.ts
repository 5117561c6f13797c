export { renderSignInLinkPage, renderSignInLinkSpentPage } from './link-pages.tsx';
export { renderSignInPage, renderSignInSentPage, SignInForm, type SignInPageInput } from './sign-in-page.tsx';
