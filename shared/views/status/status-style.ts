import { inlineStyle } from '../inline-style.ts';

/* The status pages' own rules; logical properties only, so right-to-left pages mirror by themselves. */
export const STATUS_STYLE = inlineStyle(`
.summary-list{margin:0 0 2rem}
.summary-list div{display:flex;flex-wrap:wrap;gap:0 1rem;border-block-end:1px solid #b1b4b6;padding-block:.5rem}
.summary-list dt{font-weight:700;min-inline-size:12rem}
.summary-list dd{margin:0}
.reference{direction:ltr;unicode-bidi:isolate;font-weight:700;letter-spacing:.05em}
.notice{border-inline-start:10px solid #1d4e89;background:#f3f2f1;padding:1rem 1.5rem;margin-block:0 2rem}
.notice h2{margin-block-start:0}
.notice blockquote{margin:0 0 1rem;padding-inline-start:1rem;border-inline-start:4px solid #b1b4b6;font-size:1.2rem}
.timeline{list-style:none;margin:0 0 2rem;padding:0}
.timeline__entry{border-inline-start:4px solid #1d4e89;padding-inline-start:1rem;padding-block-end:1rem}
.timeline__date{margin:0;color:#484949;font-size:.9rem}
.timeline__text{margin:0}
.timeline__comment{margin:.5rem 0 0;padding-inline-start:1rem;border-inline-start:4px solid #b1b4b6}
.small{font-size:.9rem;color:#484949}
`);
