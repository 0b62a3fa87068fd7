// SARIF 2.1.0 for code-scanning tools: the rules from their meta, results with physical and related locations.
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../model.js';
import { DIAGNOSTIC_KINDS } from '../rules/registry.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function uri(file: string, cwd: string): string {
  return relative(cwd, file).split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

export function toSarif(diagnostics: Diagnostic[], cwd: string): object {
  // Every id from the registry, so a result never names a rule the log does not describe.
  const known = new Map(DIAGNOSTIC_KINDS.map((kind) => [kind.id, kind]));
  const ruleIds = [...new Set([...known.keys(), ...diagnostics.map((d) => d.ruleId)])];
  const rules = ruleIds.map((id) => {
    const kind = known.get(id);
    return {
      id,
      shortDescription: { text: kind?.description ?? id },
      ...(kind ? { fullDescription: { text: kind.explanation }, help: { text: kind.explanation }, defaultConfiguration: { level: kind.severity } } : {}),
    };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: ruleIds.indexOf(d.ruleId),
    level: d.severity,
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(d.file, cwd), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column : 1) },
        },
      },
    ],
    ...(d.path !== undefined ? { properties: { path: d.path } } : {}),
    ...(d.related
      ? {
          relatedLocations: d.related.map((r, index) => ({
            id: index,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: uri(r.file, cwd), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
          })),
        }
      : {}),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'iop', rules } },
        // A URI, so a space is %20 and å is %C3%A5 (pathToFileURL also makes C:\\x into file:///C:/x).
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        results,
      },
    ],
  };
}

export function formatSarif(diagnostics: Diagnostic[], cwd: string): string {
  return JSON.stringify(toSarif(diagnostics, cwd), null, 2) + '\n';
}
