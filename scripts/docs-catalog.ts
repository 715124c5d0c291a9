// `npx projen docs:catalog`: rewrites the README's catalog table from the catalog.
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG_TABLE_END, CATALOG_TABLE_START, catalogMarkdownTable } from '../src/cli/markdown';

const file = path.join(__dirname, '..', 'README.md');
const readme = fs.readFileSync(file, 'utf8');
const start = readme.indexOf(CATALOG_TABLE_START);
const end = readme.indexOf(CATALOG_TABLE_END);
if (start < 0 || end < start) throw new Error(`README.md needs the markers ${CATALOG_TABLE_START} ... ${CATALOG_TABLE_END}`);
fs.writeFileSync(file, readme.slice(0, start) + catalogMarkdownTable() + readme.slice(end + CATALOG_TABLE_END.length));
console.log('README.md catalog table updated');
