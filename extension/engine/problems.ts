/**
 * Turning the schema validators' errors (validate-input.generated.js, compiled from input-schema.ts)
 * into problems in Thai, each with where it is ("fields[2].competency", "people[0].competencies.ACH"),
 * in the order a reader meets them: at each level, keys the schema does not know first, then its
 * keys in the schema's order, list items and free keys in the input's order.
 * Never throws, whatever the value (nesting thousands deep, megabytes of text): a value is quoted as
 * a short preview and never walked.
 */
import type { Problem } from '../../shared/problem';
import { MESSAGE_KEYWORD } from './input-schema';
import type { SchemaError } from './validate-input.generated';

export type { Problem };

/** The beginning of a text that may be megabytes long, for a message. */
export const cut = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * A short preview of any value for a message. Arrays and objects are not walked: one nested
 * thousands deep overflows JSON.stringify's stack, and a big one would make a message of megabytes.
 */
export const quote = (v: unknown): string =>
  v === undefined
    ? 'ไม่มีค่า'
    : v && typeof v === 'object'
      ? '…'
      : typeof v === 'string'
        ? JSON.stringify(cut(v))
        : String(v);

type Schema = Record<string, unknown>;

const messages = (s: Schema | undefined): Record<string, string> =>
  (s?.[MESSAGE_KEYWORD] as Record<string, string> | undefined) ?? {};

const propertiesOf = (s: Schema | undefined): Record<string, Schema> | undefined =>
  s?.properties as Record<string, Schema> | undefined;

/** "fields[2].competency" from steps; `root` names the whole input ("profile") when there are none. */
function where(steps: readonly (string | number)[], root: string): string {
  let out = '';
  for (const s of steps) out += typeof s === 'number' ? `[${s}]` : out ? `.${cut(s)}` : cut(s);
  return out || root;
}

/** JSON pointer steps, with array indexes as numbers where the data there is an array. */
function stepsOf(pointer: string, data: unknown): (string | number)[] {
  const steps: (string | number)[] = [];
  let at: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(at) && /^\d+$/.test(key) ? Number(key) : key;
    steps.push(step);
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  }
  return steps;
}

/** The message for a value failing `keyword` at a node (enum: the allowed values and what it got). */
function messageFor(keyword: string, node: Schema | undefined, value: unknown): string {
  const own = messages(node)[keyword];
  if (own) return own;
  if (node?.enum) return `ต้องเป็น ${(node.enum as unknown[]).join(' / ')}; ได้ ${quote(value)}`;
  if (node?.type === 'integer') return `ต้องเป็นจำนวนเต็ม; ได้ ${quote(value)}`;
  return messages(node).type ?? 'ค่าไม่ถูกต้อง';
}

interface Placed extends Problem {
  /** Path of the key the problem is about, for ordering. */
  anchor: (string | number)[];
}

/** A problem found outside the schema (a selector the page's parser refuses), at its steps. */
export interface ExtraProblem {
  steps: (string | number)[];
  message: string;
}

/** Problems of one validator run and any found beside it, Thai, in reading order. */
export function schemaProblems(
  errors: readonly SchemaError[] | null | undefined,
  data: unknown,
  root: string,
  schema: Schema,
  extra: readonly ExtraProblem[] = [],
): Problem[] {
  const out: Placed[] = extra.map((x) => ({
    where: where(x.steps, root),
    message: x.message,
    anchor: x.steps,
  }));
  for (const e of errors ?? []) {
    // The branches of an anyOf explain its failure; the anyOf's own message says it for them.
    if (e.keyword === 'propertyNames' || /\/anyOf\/\d/.test(e.schemaPath)) continue;
    const steps = stepsOf(e.instancePath, data);
    const parent = e.parentSchema;
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      const known = Object.keys(propertiesOf(parent) ?? {}).join(', ');
      out.push({
        where: where([...steps, key], root),
        message: `ไม่รู้จักช่องนี้; ใช้ได้: ${known}`,
        anchor: [...steps, key],
      });
    } else if (e.keyword === 'required') {
      const key = String(e.params.missingProperty);
      const node = propertiesOf(parent)?.[key];
      out.push({
        where: where([...steps, key], root),
        message: messageFor('type', node, undefined),
        anchor: [...steps, key],
      });
    } else if (e.propertyName !== undefined) {
      // A key outside propertyNames (a competency code that is none): said of the map, about that key.
      out.push({
        where: where(steps, root),
        message: messageFor(e.keyword, parent, e.propertyName),
        anchor: [...steps, e.propertyName],
      });
    } else {
      out.push({ where: where(steps, root), message: messageFor(e.keyword, parent, e.data), anchor: steps });
    }
  }
  return inReadingOrder(out, data, schema).map(({ where, message }) => ({ where, message }));
}

function inReadingOrder(list: Placed[], data: unknown, schema: Schema): Placed[] {
  const keyIndex = new Map<object, Map<string, number>>();
  const inputOrder = (obj: object, key: string): number => {
    let m = keyIndex.get(obj);
    if (!m) {
      m = new Map(Object.keys(obj).map((k, i) => [k, i]));
      keyIndex.set(obj, m);
    }
    return m.get(key) ?? Number.MAX_SAFE_INTEGER;
  };
  /** Rank of each step: [group, index] — unknown keys (group 0), schema keys (1), free keys and items (2). */
  const rank = (anchor: (string | number)[]): number[] => {
    const out: number[] = [];
    let node: Schema | undefined = schema;
    let at: unknown = data;
    for (const step of anchor) {
      const props = propertiesOf(node);
      if (typeof step === 'number') {
        out.push(2, step);
        node = node?.items as Schema | undefined;
      } else if (props && Object.hasOwn(props, step)) {
        out.push(1, Object.keys(props).indexOf(step));
        node = props[step];
      } else {
        const obj = at && typeof at === 'object' ? at : {};
        out.push(props ? 0 : 2, inputOrder(obj, step));
        node =
          typeof node?.additionalProperties === 'object' ? (node.additionalProperties as Schema) : undefined;
      }
      at = at && typeof at === 'object' ? (at as Record<string | number, unknown>)[step] : undefined;
    }
    return out;
  };
  const ranked = list.map((p, i) => ({ p, r: rank(p.anchor), i }));
  ranked.sort((a, b) => {
    for (let k = 0; k < Math.min(a.r.length, b.r.length); k++)
      if (a.r[k] !== b.r[k]) return a.r[k]! - b.r[k]!;
    return a.r.length - b.r.length || a.i - b.i;
  });
  return ranked.map((x) => x.p);
}
