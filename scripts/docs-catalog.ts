// `npx projen docs:catalog`: rewrites the generated catalog tables in docs/catalog.md from the catalog.
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG_TABLE_END, CATALOG_TABLE_START, catalogMarkdownTable } from '../src/cli/markdown';

const file = path.join(__dirname, '..', 'docs', 'catalog.md');
const page = fs.readFileSync(file, 'utf8');
const start = page.indexOf(CATALOG_TABLE_START);
const end = page.indexOf(CATALOG_TABLE_END);
if (start < 0 || end < start) throw new Error(`docs/catalog.md needs the markers ${CATALOG_TABLE_START} ... ${CATALOG_TABLE_END}`);
fs.writeFileSync(file, page.slice(0, start) + catalogMarkdownTable() + page.slice(end + CATALOG_TABLE_END.length));
console.log('docs/catalog.md catalog tables updated');
