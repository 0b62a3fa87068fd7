// Writes an extension plan into iop.yaml. Only the affected lines change: new lines are spliced in at
// the places the yaml Document reports, so every comment, blank line and line break stays as written.
// If the file's shape is unusual (flow style), the Document itself is modified and re-serialised.
import { isDeepStrictEqual } from 'node:util';
import { periodsOf } from '../data/access.js';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { IopData } from '../model.js';
import { upliftComment } from '../kpi/uplift.js';
import { applyPlan, type ExtensionPlan, type NewAmount } from './plan.js';

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export function writePlan(text: string, data: IopData, plan: ExtensionPlan): string {
  const expected = applyPlan(data, plan);
  const spliced = trySplice(text, data, plan);
  if (spliced !== undefined && isDeepStrictEqual(parseDocument(spliced).toJS(), expected)) return spliced;
  return viaDocument(text, data, plan);
}

function commentFor(plan: ExtensionPlan, amount: NewAmount): string | undefined {
  return amount.uplift && plan.serie ? upliftComment(amount.uplift, plan.serie) : undefined;
}

function periodObject(plan: ExtensionPlan): Record<string, unknown> {
  const { id, start, slut, totalt } = plan.period;
  return totalt === undefined ? { id, start, slut, förlängning: true } : { id, start, slut, totalt, förlängning: true };
}

// ---- splicing ----

function trySplice(text: string, data: IopData, plan: ExtensionPlan): string | undefined {
  const doc = parseDocument(text);
  const edits: Edit[] = [];
  const perioder = doc.getIn(['finansiering', 'perioder'], true);
  if (!isSeq(perioder) || perioder.flow || perioder.items.length === 0) return undefined;
  const lastPeriod = perioder.items[perioder.items.length - 1] as Node;
  const firstPeriod = perioder.items[0] as Node;
  if (!lastPeriod.range || !firstPeriod.range) return undefined;
  const itemColumn = column(text, firstPeriod.range[0]);
  const dash = itemColumn - 2;
  if (dash < 0 || text.slice(firstPeriod.range[0] - 2, firstPeriod.range[0]) !== '- ') return undefined;
  const periodLines = yamlLines(periodObject(plan));
  edits.push({ at: lineEnd(text, lastPeriod.range[1]), remove: 0, insert: periodLines.map((line, i) => (i === 0 ? `${' '.repeat(dash)}- ${line}` : `${' '.repeat(itemColumn)}${line}`)).join('\n') + '\n' });

  for (const amount of plan.amounts) {
    const bidrag = doc.getIn(['finansiering', 'bidrag', amount.bidragIndex], true);
    if (!isMap(bidrag) || bidrag.flow) return undefined;
    const pair = bidrag.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'belopp') as Pair<Node, Node> | undefined;
    if (!pair?.value?.range || !pair.key.range) return undefined;
    const comment = commentFor(plan, amount);
    const entry = `${JSON.stringify(plan.period.id)}: ${amount.amount}${comment ? ` # ${comment}` : ''}`;
    if (isMap(pair.value)) {
      if (pair.value.flow || pair.value.items.length === 0) return undefined;
      const first = (pair.value.items[0] as Pair<Node, Node>).key;
      if (!first?.range) return undefined;
      const indent = ' '.repeat(column(text, first.range[0]));
      edits.push({ at: lineEnd(text, pair.value.range[1]), remove: 0, insert: `${indent}${entry}\n` });
    } else if (isScalar(pair.value) && typeof pair.value.value === 'number') {
      const indent = ' '.repeat(column(text, pair.key.range[0]) + 2);
      const existing = periodsOf(data).map((p) => `${indent}${JSON.stringify(p.id)}: ${pair.value!.toString()}`);
      let [start, end] = pair.value.range;
      while (start > 0 && text[start - 1] === ' ') start--; // no trailing space after "belopp:"
      edits.push({ at: start, remove: end - start, insert: `\n${[...existing, `${indent}${entry}`].join('\n')}` });
    } else {
      return undefined;
    }
  }

  const avtalstid = doc.getIn(['avtalstid'], true);
  if (!isMap(avtalstid) || avtalstid.flow || avtalstid.items.length === 0 || !avtalstid.range) return undefined;
  const count = avtalstid.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'förlängningar') as Pair<Node, Node> | undefined;
  if (count?.value && isScalar(count.value) && count.value.range) {
    edits.push({ at: count.value.range[0], remove: count.value.range[1] - count.value.range[0], insert: String(plan.number) });
  } else if (count) {
    return undefined;
  } else {
    const firstKey = (avtalstid.items[0] as Pair<Node, Node>).key;
    if (!firstKey?.range) return undefined;
    edits.push({ at: lineEnd(text, avtalstid.range[1]), remove: 0, insert: `${' '.repeat(column(text, firstKey.range[0]))}förlängningar: ${plan.number}\n` });
  }
  return applyEdits(text, edits);
}

/** One object as block YAML lines, e.g. ['id: "2025"', 'start: 2025-04-01', …]. */
function yamlLines(value: Record<string, unknown>): string[] {
  return new Document(value).toString().trimEnd().split('\n');
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The start of the line after the one containing `offset - 1` (a node's end is just past its last character). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    const prefix = edit.at === result.length && result.length > 0 && !result.endsWith('\n') ? '\n' : '';
    result = result.slice(0, edit.at) + prefix + edit.insert + result.slice(edit.at + edit.remove);
  }
  return result;
}

// ---- fallback: the Document API ----

function viaDocument(text: string, data: IopData, plan: ExtensionPlan): string {
  const doc = parseDocument(text);
  const perioder = doc.getIn(['finansiering', 'perioder']);
  if (isSeq(perioder)) perioder.add(doc.createNode(periodObject(plan)));
  for (const amount of plan.amounts) {
    const path = ['finansiering', 'bidrag', amount.bidragIndex, 'belopp'];
    let belopp = doc.getIn(path, true);
    if (!isMap(belopp)) {
      const all = Object.fromEntries(periodsOf(data).map((p) => [p.id, doc.getIn(path)]));
      const map = doc.createNode(all) as YAMLMap;
      if (isScalar(belopp) && belopp.comment) map.commentBefore = belopp.comment;
      doc.setIn(path, map);
      belopp = map;
    }
    const node = doc.createNode(amount.amount);
    const comment = commentFor(plan, amount);
    if (comment) node.comment = ` ${comment}`;
    (belopp as YAMLMap).set(doc.createNode(plan.period.id), node);
  }
  doc.setIn(['avtalstid', 'förlängningar'], plan.number);
  return String(doc);
}
