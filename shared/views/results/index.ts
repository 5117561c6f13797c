export { type Bar, BarChart, RESULTS_STYLE } from './bar-chart.tsx';
export { type ResultsPageInput, renderResultsPage } from './results-page.tsx';
