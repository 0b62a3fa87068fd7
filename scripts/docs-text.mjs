// Writes docs/genererad-text.md from the built statements table and templates (npm run docs:text).
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inventoryMarkdown } from '../lib/render/inventory.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'genererad-text.md');
writeFileSync(`${target}.tmp`, inventoryMarkdown());
renameSync(`${target}.tmp`, target);
