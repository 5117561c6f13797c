import { inlineStyle } from '../inline-style.ts';

/*
 * What the staff pages add to the public stylesheet (BASE_STYLE, which they also load): a wider page,
 * the header's navigation and account line, secondary and danger buttons, tables, status tags and
 * breadcrumbs. Same palette and contrast as BASE_STYLE: text #0b0c0c, links #1d4e89, hints #484949,
 * errors #b10e1e on white; tags are dark text on light tints (all above 7:1). Logical properties only.
 */
const CSS = `
.page--wide{max-inline-size:72rem}
.admin-header .page{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 2rem}
.admin-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
.admin-nav a{display:inline-block;min-block-size:44px;padding-block:.6rem;font-weight:700}
.admin-nav a[aria-current]{color:#0b0c0c;text-decoration-thickness:3px}
.admin-account{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:0}
.admin-account p{margin:0}
.admin-account form{margin:0}
.breadcrumbs ol{list-style:none;margin:0 0 1.5rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
.breadcrumbs li+li::before{content:"›";margin-inline-end:.5rem;color:#484949}
.button--secondary{color:#0b0c0c;background:#f3f2f1;box-shadow:0 2px 0 #929191}
.button--secondary:hover{background:#dbdad9}
.button--danger{background:#b10e1e;box-shadow:0 2px 0 #55070e}
.button--danger:hover{background:#8e0b18}
.button--small{font-size:1rem;min-block-size:44px;padding:.4rem .8rem}
.button-group{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin-block:1.5rem}
.inline-form{display:inline}
.table{border-collapse:collapse;inline-size:100%;margin-block:0 2rem}
.table caption{text-align:start;font-weight:700;font-size:1.25rem;margin-block-end:.75rem}
.table th,.table td{text-align:start;vertical-align:top;padding:.6rem 1rem .6rem 0;border-block-end:1px solid #b1b4b6}
.table thead th{border-block-end:2px solid #0b0c0c}
.table-scroll{overflow-x:auto}
.tag{display:inline-block;padding:.15rem .5rem;font-weight:700;font-size:.95rem;line-height:1.4;color:#0b0c0c;background:#e8e8e8;border:1px solid #0b0c0c}
.tag--draft{background:#f3f2f1}
.tag--scheduled{color:#0c2d4e;background:#d2e2f1;border-color:#0c2d4e}
.tag--open{color:#005a30;background:#cce2d8;border-color:#005a30}
.tag--closed{color:#6e0713;background:#f6d7d2;border-color:#6e0713}
.summary-list{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.5rem 1.5rem;margin:0 0 2rem}
.summary-list dt{font-weight:700}
.summary-list dd{margin:0}
.notice{border-inline-start:5px solid #1d4e89;background:#f3f2f1;padding:1rem 1.25rem;margin-block:0 2rem}
.checkboxes{display:flex;flex-direction:column;gap:.25rem}
`.trim();

/** The staff pages' own styles, after BASE_STYLE; hashed once when the module loads. */
export const ADMIN_STYLE = inlineStyle(CSS);
