import { inlineStyle } from '../../inline-style.ts';

/* What the inbox and detail pages add to ADMIN_STYLE: the filter row, the pager, numbers and comments. */
export const SUBMISSIONS_STYLE = inlineStyle(`
.filter{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-end;margin-block-end:1.5rem}
.filter .field{margin-block-end:1rem}
.filter .button{margin-block-end:1rem}
.pager ul{display:flex;flex-wrap:wrap;gap:1rem 2rem;list-style:none;padding:0;margin:0 0 2rem}
.reference{font-weight:700;letter-spacing:.05em}
.numeric{font-variant-numeric:tabular-nums}
.comment{white-space:pre-wrap;margin:0}
.tag-personal{margin-inline-start:.5rem}
`);
