import { directionOf, type Locale } from '../../i18n/locales.ts';
import { inlineStyle } from '../inline-style.ts';

/** One bar: its label, the share (0–1) that sets its length, and the figures written beside it. */
export interface Bar {
  label: string;
  share: number;
  /** The count and share as the locale writes them, e.g. "12 (40 %)". */
  value: string;
}

const WIDTH = 480;
const ROW = 52;
const BAR = 20;
/** Room for the figures after the longest bar. */
const VALUE_ROOM = 110;
const PATTERNS = 4;

/*
 * The results page's tables and charts. Bars are told apart by pattern and position, not by colour alone (WCAG 1.4.1): four fills cycle
 * (diagonal, dots, horizontal lines, cross-hatch) on one dark blue (8.6:1 on white). In forced-colors
 * mode the bars and texts take the system's text colour and the pattern lines its background, so
 * nothing disappears in a high-contrast theme.
 */
export const RESULTS_STYLE = inlineStyle(`
.table{border-collapse:collapse;inline-size:100%;margin-block:0 1rem}
.table th,.table td{border-block-end:1px solid #b1b4b6;padding:.5rem .75rem .5rem 0;text-align:start;vertical-align:top}
.table .numeric{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0 0 1.5rem}
.summary dt{font-weight:700}
.summary dd{margin:0;font-size:1.25rem}
.chart{margin:0 0 2rem}
.chart svg{display:block;inline-size:100%;max-inline-size:40rem;block-size:auto;color:#0b0c0c}
.chart__text{fill:#0b0c0c;font-size:15px}
.chart__bar{fill:#1d4e89}
.chart__bar-outline{fill:none;stroke:#1d4e89;stroke-width:2}
.chart__axis{stroke:#0b0c0c;stroke-width:2}
.chart__pattern{stroke:#fff;stroke-width:2;fill:#fff}
.chart figcaption{color:#484949}
@media (forced-colors:active){.chart__text{fill:CanvasText}.chart__bar{fill:CanvasText}.chart__bar-outline,.chart__axis{stroke:CanvasText}.chart__pattern{stroke:Canvas;fill:Canvas}}
`);

function Pattern({ id, kind }: { id: string; kind: number }) {
  switch (kind % PATTERNS) {
    case 0:
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="chart__pattern" x1="0" y1="0" x2="0" y2="8" />
        </pattern>
      );
    case 1:
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <circle class="chart__pattern" cx="4" cy="4" r="1.5" />
        </pattern>
      );
    case 2:
      return (
        <pattern id={id} width="8" height="6" patternUnits="userSpaceOnUse">
          <line class="chart__pattern" x1="0" y1="3" x2="8" y2="3" />
        </pattern>
      );
    default:
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="chart__pattern" x1="0" y1="0" x2="0" y2="8" />
          <line class="chart__pattern" x1="0" y1="4" x2="8" y2="4" />
        </pattern>
      );
  }
}

/**
 * A horizontal bar chart as inline SVG, no script: one bar per answer, its length the share of all
 * participants, label above and figures beside it. Right-to-left locales mirror it (bars grow from
 * the right, text starts at the right). It is an image with a text alternative (title and
 * description list every bar); the table before it is the primary way to read the figures.
 */
export function BarChart({
  id,
  locale,
  title,
  description,
  caption,
  bars,
}: {
  /** Unique on the page: prefixes the pattern and title ids. */
  id: string;
  locale: Locale;
  title: string;
  description: string;
  caption: string;
  bars: readonly Bar[];
}) {
  const rtl = directionOf(locale) === 'rtl';
  const height = bars.length * ROW + 8;
  const barMax = WIDTH - VALUE_ROOM;
  // Mirror a horizontal position for right-to-left pages.
  const x = (position: number) => (rtl ? WIDTH - position : position);
  const direction = rtl ? 'rtl' : 'ltr';
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          {bars.map((_, i) => (
            <Pattern key={i} id={`${id}-p${i}`} kind={i} />
          ))}
        </defs>
        <line class="chart__axis" x1={x(1)} y1="0" x2={x(1)} y2={height} />
        {bars.map((bar, i) => {
          const top = i * ROW;
          const length = Math.max(0, Math.min(1, bar.share)) * barMax;
          const start = rtl ? WIDTH - length : 0;
          return (
            <g key={i}>
              <text class="chart__text" x={x(6)} y={top + 17} direction={direction} text-anchor="start">
                {bar.label}
              </text>
              <rect class="chart__bar" x={start} y={top + 24} width={length} height={BAR} />
              <rect fill={`url(#${id}-p${i})`} x={start} y={top + 24} width={length} height={BAR} />
              <rect class="chart__bar-outline" x={start} y={top + 24} width={length} height={BAR} />
              <text
                class="chart__text"
                x={x(length + 8)}
                y={top + 40}
                direction={direction}
                text-anchor="start"
              >
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
