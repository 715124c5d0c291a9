// A small JSON Schema (draft 2020-12) validator for the keywords FEED_SCHEMA uses, so that the command can check a
// --previous feed against the schema it publishes without a runtime dependency. A keyword it does not implement is
// a programming error (it throws), never silently ignored; the tests hold it to a full validator (ajv) on the same
// documents.
import { canonicalJson } from './canonical';
import { JsonSchema } from './schema';

/** One way a document fails its schema. */
export interface SchemaError {
  /** JSON Pointer to the failing value (`` for the document). */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs', '$comment']);
const KEYWORDS = new Set([
  ...ANNOTATIONS, 'type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems',
  'minLength', 'pattern', 'minimum', 'maximum', '$ref', 'allOf', 'anyOf', 'if', 'then', 'else',
]);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: throw new Error(`validate.ts does not know the JSON Schema type '${type}'`);
  }
}

/**
 * Every way `value` fails `schema` (empty when it passes). `$ref` resolves `#/$defs/<name>` against `root`.
 * @param schema the schema (or subschema) to check against
 * @param value the JSON value
 * @param root the document `$ref`s point into; default `schema`
 */
export function validateJson(schema: JsonSchema, value: unknown, root: JsonSchema = schema): SchemaError[] {
  const errors: SchemaError[] = [];
  check(schema, value, '', root, errors);
  return errors;
}

function check(schema: JsonSchema, value: unknown, path: string, root: JsonSchema, errors: SchemaError[]): void {
  if (schema === true) return;
  if (schema === false) {
    errors.push({ path, message: 'is not allowed here' });
    return;
  }
  const s = schema as Obj;
  for (const k of Object.keys(s)) if (!KEYWORDS.has(k)) throw new Error(`validate.ts does not implement the JSON Schema keyword '${k}'`);
  const fail = (message: string) => errors.push({ path, message });

  if (s.$ref !== undefined) {
    const m = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(String(s.$ref));
    const target = m && isObject(root) && isObject(root.$defs) ? (root.$defs as Obj)[m[1]] : undefined;
    if (target === undefined) throw new Error(`validate.ts cannot resolve $ref '${String(s.$ref)}'`);
    check(target as JsonSchema, value, path, root, errors);
  }
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type : [s.type]).some((t) => typeMatches(value, t as string))) {
    fail(`must be of type ${Array.isArray(s.type) ? s.type.join(' or ') : s.type}`);
    return;
  }
  if (s.const !== undefined && canonicalJson(value) !== canonicalJson(s.const)) fail(`must be ${JSON.stringify(s.const)}`);
  if (s.enum !== undefined && !(s.enum as unknown[]).some((e) => canonicalJson(e) === canonicalJson(value))) {
    fail(`must be one of ${(s.enum as unknown[]).map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) fail(`must have at least ${s.minLength} characters`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) fail(`must match ${s.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) fail(`must be >= ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) fail(`must be <= ${s.maximum}`);
  }
  if (Array.isArray(value)) checkArray(s, value, path, root, errors);
  if (isObject(value)) checkObject(s, value, path, root, errors);
  for (const sub of (s.allOf as JsonSchema[] | undefined) ?? []) check(sub, value, path, root, errors);
  if (s.anyOf !== undefined && !(s.anyOf as JsonSchema[]).some((sub) => validateJson(sub, value, root).length === 0)) {
    fail('must match at least one of the alternatives (anyOf)');
  }
  if (s.if !== undefined) {
    const branch = validateJson(s.if as JsonSchema, value, root).length === 0 ? s.then : s.else;
    if (branch !== undefined) check(branch as JsonSchema, value, path, root, errors);
  }
}

function checkArray(s: Obj, value: unknown[], path: string, root: JsonSchema, errors: SchemaError[]): void {
  if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push({ path, message: `must have at least ${s.minItems} items` });
  if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push({ path, message: `must have at most ${s.maxItems} items` });
  if (s.uniqueItems === true) {
    const seen = new Set<string>();
    value.forEach((item, i) => {
      const key = canonicalJson(item);
      if (seen.has(key)) errors.push({ path: pointer(path, i), message: 'duplicates an earlier item' });
      seen.add(key);
    });
  }
  if (s.items !== undefined) value.forEach((item, i) => check(s.items as JsonSchema, item, pointer(path, i), root, errors));
}

function checkObject(s: Obj, value: Obj, path: string, root: JsonSchema, errors: SchemaError[]): void {
  for (const key of (s.required as string[] | undefined) ?? []) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) errors.push({ path, message: `must have the property '${key}'` });
  }
  const props = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(props, key)) check(props[key], value[key], pointer(path, key), root, errors);
    else if (s.additionalProperties === false) errors.push({ path: pointer(path, key), message: 'is not a property of this object' });
    else if (isObject(s.additionalProperties)) check(s.additionalProperties as JsonSchema, value[key], pointer(path, key), root, errors);
  }
}
