import { inlineStyle } from './inline-style.ts';

/*
 * The one static stylesheet of every public page. Colours after the GOV.UK palette: text #0b0c0c on white
 * (19:1), links #1d4e89 (8.6:1), hints #484949 (9:1), errors #b10e1e (7.4:1), button white on #00703c (5.9:1).
 * Only logical properties (inline/block) so right-to-left pages mirror without extra rules.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Tahoma,Arial,sans-serif;font-size:100%;line-height:1.5;color:#0b0c0c;background:#fff;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0}
.page{max-inline-size:48rem;margin-inline:auto;padding-inline:1rem}
.header{border-block-end:8px solid #1d4e89;padding-block:.75rem;margin-block-end:2rem}
.header__site{font-weight:700;font-size:1.25rem;margin:0}
.header__site a{color:#0b0c0c;text-decoration:none}
.languages ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.languages a{display:inline-block;min-block-size:44px;padding-block:.6rem}
.languages a[aria-current]{font-weight:700;text-decoration:none;color:#0b0c0c}
main{display:block;padding-block-end:3rem;overflow-wrap:anywhere}
.legal__address{font-style:normal;margin-block:0 1rem}
h1{font-size:2rem;line-height:1.2;margin-block:0 1.5rem}
h2{font-size:1.5rem;line-height:1.25;margin-block:2rem 1rem}
p,ul,ol{margin-block:0 1rem}
a{color:#1d4e89;text-decoration:underline;text-underline-offset:.15em}
a:hover{color:#0f2f56;text-decoration-thickness:3px}
a:visited{color:#4c2c92}
:focus-visible{outline:3px solid #0b0c0c;outline-offset:0;box-shadow:0 0 0 7px #fd0}
a:focus-visible{outline:3px solid transparent;color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
.skip-link:not(:focus):not(:active),.visually-hidden{position:absolute!important;inline-size:1px!important;block-size:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
.skip-link{display:block;padding:.5rem 1rem}
.lead{font-size:1.2rem}
.field{margin-block-end:2rem}
.field--error{border-inline-start:5px solid #b10e1e;padding-inline-start:1rem}
.label,.legend{display:block;font-weight:700;font-size:1.15rem;margin-block-end:.4rem}
.fieldset{margin:0;padding:0;border:0;min-inline-size:0}
.legend{padding:0}
.marker{font-weight:400}
.hint{color:#484949;margin-block:0 .6rem}
.condition{color:#484949;font-style:italic;margin-block:0 .4rem}
.error-message{color:#b10e1e;font-weight:700;margin-block:0 .6rem}
.input,.textarea,.select{font:inherit;font-size:1.1rem;color:#0b0c0c;background:#fff;border:2px solid #0b0c0c;border-radius:0;min-block-size:44px;padding:.4rem .5rem;inline-size:100%}
.input--short{max-inline-size:12rem}
.textarea{display:block;resize:vertical}
.select{inline-size:auto;max-inline-size:100%}
.field--error .input,.field--error .textarea,.field--error .select{border:3px solid #b10e1e}
.input:focus-visible,.textarea:focus-visible,.select:focus-visible{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
.choices{display:flex;flex-direction:column;gap:.25rem}
.choices--inline{flex-direction:row;flex-wrap:wrap;gap:.25rem 1.5rem}
.choice{display:flex;align-items:center;gap:.6rem;min-block-size:44px}
.choice input{inline-size:1.6rem;block-size:1.6rem;margin:0;flex:none;accent-color:#0b0c0c}
.choice label{padding-block:.5rem;cursor:pointer}
.copy{margin-block:2rem;padding:1rem;background:#f3f2f1}
.button{font:inherit;font-size:1.15rem;font-weight:700;color:#fff;background:#00703c;border:2px solid transparent;border-radius:0;box-shadow:0 2px 0 #002d18;min-block-size:48px;padding:.6rem 1.2rem;cursor:pointer}
.button:hover{background:#005a30}
.button:focus-visible{color:#0b0c0c;background:#fd0;outline:3px solid transparent;box-shadow:inset 0 0 0 1px #fd0,0 2px 0 #0b0c0c}
.error-summary{border:5px solid #b10e1e;padding:1rem 1.25rem;margin-block-end:2rem}
.error-summary:focus{outline:3px solid #fd0;outline-offset:0}
.error-summary__title{margin-block:0 1rem;font-size:1.5rem}
.error-summary ul{list-style:none;padding:0;margin:0}
.error-summary a{color:#b10e1e;font-weight:700}
.error-summary a:focus-visible{color:#0b0c0c}
.panel{background:#00703c;color:#fff;text-align:center;padding:1.5rem;margin-block-end:2rem}
.panel h1{margin-block-end:1rem}
.panel__label{margin:0;font-size:1.2rem}
.panel__reference{margin:0;font-size:2rem;font-weight:700;letter-spacing:.05em;direction:ltr;unicode-bidi:isolate}
.consultations{list-style:none;padding:0}
.consultations li{border-block-start:1px solid #b1b4b6;padding-block:1rem}
.consultations a{font-size:1.25rem;font-weight:700}
.consultations p{margin:.25rem 0 0;color:#484949}
.consultations .consultations__title{margin:0;font-size:1.25rem;font-weight:700;color:#0b0c0c}
.consultations p a{font-size:1rem;font-weight:400}
.footer{border-block-start:1px solid #b1b4b6;padding-block:1.5rem;color:#484949}
.footer__links{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
.footer__links a{display:inline-block;min-block-size:44px;padding-block:.6rem}
@supports selector(:has(*)){.conditional{display:none}}
@media (forced-colors:active){.choice input{accent-color:auto}}
`.trim();

/** The static stylesheet, hashed once when the module loads. */
export const BASE_STYLE = inlineStyle(CSS);
