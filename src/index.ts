// The library API: the CLI is a thin layer over these, and tests call them directly.
export { check, checkArende, type CheckOptions, type CheckResult, type CheckedArende } from './check.js';
export { loadArende } from './load/arende.js';
export { discoverArenden } from './load/discover.js';
export { validateAgainstSchema } from './schema/validate.js';
export { RULES } from './rules/index.js';
export { computeDeadlines, type Deadline } from './calendar/deadlines.js';
export { IopError } from './errors.js';
export type * from './model.js';
export { build, type BuildOptions, type BuildResult, type BuiltArende, type BuiltFile, type BuildProgress } from './build/build.js';
export { lookup, readKpiTable, latestMonth, type KpiTable, type KpiSerie } from './kpi/table.js';
export { loadKpiTables, kpiValue, type KpiTables, type KpiValue } from './kpi/tables.js';
export { repositoryTableFor } from './kpi/location.js';
export { upliftAmount, referenceMonth } from './kpi/uplift.js';
export { formatIcs } from './calendar/ics.js';
export { renderHtml, type HtmlDocument, type RenderHtmlOptions } from './render/html.js';
export { startPreview, type PreviewOptions, type PreviewServer } from './preview/server.js';
