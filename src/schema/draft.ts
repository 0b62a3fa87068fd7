// What a draft may still print when iop.yaml breaks the schema: the data without the values the
// schema rejects. Nothing is invented: a rejected value is left out, never replaced.
import type { IopData } from '../model.js';

/** JSON pointer → its unescaped segments. */
function segments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Removes the object property at the pointer; array items are kept so every other pointer stays right. */
function removeAt(root: unknown, pointer: string): boolean {
  const path = segments(pointer);
  const key = path.pop();
  if (key === undefined) return false;
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node)) return false;
  delete (node as Record<string, unknown>)[key];
  return true;
}

/**
 * The data with every value removed that a schema error points at, until the schema passes (a few
 * rounds: removing a required value makes its parent the next error). Undefined when what is left
 * still breaks the schema, e.g. when a required fact of a party or the term's start is missing.
 */
export function draftData(data: unknown, schemaErrorPointers: string[], errorsOf: (data: unknown) => string[]): IopData | undefined {
  const copy = structuredClone(data);
  let pointers = schemaErrorPointers;
  for (let round = 0; round < 6 && pointers.length > 0; round++) {
    // Deepest first, so removing a parent does not hide a child's removal.
    const removed = [...new Set(pointers)].sort((a, b) => b.length - a.length).filter((pointer) => removeAt(copy, pointer));
    if (removed.length === 0) return undefined;
    pointers = errorsOf(copy);
  }
  return pointers.length === 0 ? (copy as IopData) : undefined;
}
