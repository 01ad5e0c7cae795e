// A small JSON Schema → fast-check generator, for the schemas of openapi.yaml: `valid(schema)` produces values the
// schema accepts; `nearValid(schema)` produces values one mutation away from valid (a required field dropped, a
// wrong type, a number out of range, an unknown property, a string one step too long…), at any depth.
//
// Supported: $ref (with sibling keywords), allOf (merged), anyOf / oneOf, type (and type arrays such as
// [string, "null"]), enum, const, properties / required / additionalProperties / unevaluatedProperties /
// minProperties, items / minItems / maxItems / uniqueItems, minLength / maxLength, pattern (fc.stringMatching),
// format date-time / date / uri, minimum / maximum / exclusiveMinimum / exclusiveMaximum, integer. `examples` and
// `default` are mixed in as seeds, so generated requests also reach the paths behind the catalogue lookups.
import fc from 'fast-check';

export type Schema = Record<string, any> | boolean;
type Node = Record<string, any>;

export interface SchemaArbitraryOptions {
  /** Longest array generated where the schema allows more (boundary cases aside). Default 4. */
  maxItems?: number;
  /** Longest string generated where the schema allows more (boundary cases aside). Default 24. */
  maxStringLength?: number;
  /** false: strings stay printable ASCII (for header values). Default true: any code point, NUL included. */
  unicode?: boolean;
  /** How deep near-valid mutations reach into nested objects and arrays. Default 3. */
  mutationDepth?: number;
  /**
   * U+0000 in generated strings: `allow` (default) lets it occur like any code point, `never` keeps it out, `always`
   * starts every free-form string (one without pattern or format) with it.
   */
  nul?: 'allow' | 'never' | 'always';
  /**
   * Extra known-good values by `$ref` (e.g. real currencies for a `^[A-Z]{3}$` pattern), mixed in like `examples`,
   * so that values the server checks beyond the schema are sometimes right.
   */
  seeds?: Record<string, unknown[]>;
}

const JSON_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'] as const;
type JsonType = (typeof JSON_TYPES)[number];
const DAY_MS = 86_400_000;
// Far dates stay within decades: a report's daily trend has one entry per day of its range, and 1970–2100 (47k days,
// a 12 MB answer, seconds per request) would spend the run on a handful of requests.
const MIN_DATE = Date.UTC(2000, 0, 1);
const MAX_DATE = Date.UTC(2040, 0, 1);

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function allowsType(types: JsonType[] | null, value: unknown): boolean {
  if (!types) return true;
  const t = typeOf(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** Reads `#/a/b` out of the document. */
function resolvePointer(doc: unknown, pointer: string): any {
  let node: any = doc;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    node = node?.[decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`schema-arbitrary: nothing at ${pointer}`);
  }
  return node;
}

export class SchemaArbitraries {
  private readonly maxItems: number;
  private readonly maxStringLength: number;
  private readonly unicode: boolean;
  private readonly mutationDepth: number;
  private readonly nul: 'allow' | 'never' | 'always';
  private readonly seeds: Record<string, unknown[]>;
  private readonly normalised = new Map<unknown, Node>();

  constructor(
    private readonly doc: unknown,
    options: SchemaArbitraryOptions = {},
  ) {
    this.maxItems = options.maxItems ?? 4;
    this.maxStringLength = options.maxStringLength ?? 24;
    this.unicode = options.unicode ?? true;
    this.mutationDepth = options.mutationDepth ?? 3;
    this.nul = options.nul ?? 'allow';
    this.seeds = options.seeds ?? {};
  }

  /** One character of a generated string: printable ASCII, or any code point (U+0000 as `nul` says). */
  private unit(): 'grapheme-ascii' | 'binary' | fc.Arbitrary<string> {
    if (!this.unicode) return 'grapheme-ascii';
    if (this.nul !== 'never') return 'binary';
    return fc
      .integer({ min: 1, max: 0x10ffff })
      .filter((cp) => cp < 0xd800 || cp > 0xdfff)
      .map((cp) => String.fromCodePoint(cp));
  }

  /** Free-form strings under `nul: always` start with U+0000 (same length in code points). */
  private withNul(arb: fc.Arbitrary<string>): fc.Arbitrary<string> {
    if (this.nul !== 'always') return arb;
    return arb.map((v) => (v.length === 0 ? v : `\u0000${[...v].slice(1).join('')}`));
  }

  // ---------- normalisation: $ref and allOf folded into one plain schema ----------

  /** The schema with its $ref followed and its allOf merged in (cached per schema object). */
  normalise(schema: Schema): Node {
    if (schema === true || schema === undefined) return {};
    if (schema === false) return { not: {} };
    const cached = this.normalised.get(schema);
    if (cached) return cached;
    let node: Node = { ...schema };
    if (typeof node.$ref === 'string') {
      const { $ref, ...siblings } = node;
      node = this.merge(this.normalise(resolvePointer(this.doc, $ref)), this.normalise(siblings));
    }
    if (Array.isArray(node.allOf)) {
      const { allOf, ...rest } = node;
      node = (allOf as Schema[]).reduce<Node>((acc, part) => this.merge(acc, this.normalise(part)), this.normalise(rest));
    }
    this.normalised.set(schema, node);
    return node;
  }

  /** Both schemas at once (for allOf): unions of what is required, the stricter of each bound. */
  private merge(a: Node, b: Node): Node {
    const out: Node = { ...a, ...b };
    if (a.properties || b.properties) {
      out.properties = { ...a.properties };
      for (const [key, sub] of Object.entries<Schema>(b.properties ?? {})) {
        out.properties[key] = out.properties[key] ? this.merge(this.normalise(out.properties[key]), this.normalise(sub)) : sub;
      }
    }
    if (a.required || b.required) out.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
    if (a.type && b.type) {
      const left = ([] as string[]).concat(a.type);
      const both = ([] as string[]).concat(b.type).filter((t) => left.includes(t) || (t === 'integer' && left.includes('number')));
      out.type = both.length === 1 ? both[0] : both;
    }
    for (const k of ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const) {
      if (a[k] !== undefined && b[k] !== undefined) out[k] = Math.max(a[k], b[k]);
    }
    for (const k of ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const) {
      if (a[k] !== undefined && b[k] !== undefined) out[k] = Math.min(a[k], b[k]);
    }
    if (a.enum && b.enum) out.enum = a.enum.filter((v: unknown) => b.enum.some((w: unknown) => JSON.stringify(v) === JSON.stringify(w)));
    // Either side closing the object closes the merge (TrackRequest: allOf TrackFields + unevaluatedProperties false).
    if (a.additionalProperties === false || b.additionalProperties === false) out.additionalProperties = false;
    if (a.unevaluatedProperties === false || b.unevaluatedProperties === false) out.unevaluatedProperties = false;
    return out;
  }

  private types(s: Node): JsonType[] | null {
    if (s.type !== undefined) return ([] as JsonType[]).concat(s.type);
    if (s.properties || s.required || s.additionalProperties !== undefined || s.minProperties !== undefined) return ['object'];
    if (s.items || s.minItems !== undefined || s.maxItems !== undefined) return ['array'];
    if (s.pattern || s.format || s.minLength !== undefined || s.maxLength !== undefined) return ['string'];
    if (s.minimum !== undefined || s.maximum !== undefined || s.exclusiveMinimum !== undefined) return ['number'];
    return null;
  }

  private closed(s: Node): boolean {
    return s.additionalProperties === false || s.unevaluatedProperties === false;
  }

  /** Whether the schema holds, anywhere, a string without pattern, format, enum or const (what `nul` acts on). */
  hasFreeFormString(schema: Schema, seen = new Set<unknown>()): boolean {
    const s = this.normalise(schema);
    if (seen.has(s)) return false;
    seen.add(s);
    if (s.const !== undefined || s.enum) return false;
    const types = this.types(s);
    if (types?.includes('string') && !s.pattern && !s.format) return true;
    const children: Schema[] = [
      ...Object.values<Schema>(s.properties ?? {}),
      ...(s.items ? [s.items] : []),
      ...(typeof s.additionalProperties === 'object' ? [s.additionalProperties] : []),
      ...((s.anyOf ?? s.oneOf ?? []) as Schema[]),
    ];
    return children.some((c) => this.hasFreeFormString(c, seen));
  }

  // ---------- valid values ----------

  /** Values the schema accepts. */
  valid(schema: Schema): fc.Arbitrary<unknown> {
    const s = this.normalise(schema);
    const extra = typeof schema === 'object' && typeof schema.$ref === 'string' ? this.seeds[schema.$ref] : undefined;
    if (extra?.length) {
      const { $ref: _ref, ...rest } = schema as Node;
      return fc.oneof({ arbitrary: this.valid({ ...s, ...rest }), weight: 1 }, { arbitrary: fc.constantFrom(...extra), weight: 1 });
    }
    if (s.const !== undefined) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
    const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (branches) {
      const { anyOf: _a, oneOf: _o, ...shared } = s;
      return fc.oneof(...branches.map((b) => this.valid(this.merge(shared, this.normalise(b)))));
    }
    const types = this.types(s);
    const base = types ? fc.oneof(...types.map((t) => this.validOfType(s, t))) : this.anyJson(2);
    const seeds = [...(Array.isArray(s.examples) ? s.examples : []), ...(s.default !== undefined ? [s.default] : [])];
    return seeds.length ? fc.oneof({ arbitrary: base, weight: 3 }, { arbitrary: fc.constantFrom(...seeds), weight: 1 }) : base;
  }

  private validOfType(s: Node, type: JsonType): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return this.integer(s);
      case 'number':
        return this.number(s);
      case 'string':
        return this.string(s);
      case 'array':
        return this.array(s);
      case 'object':
        return this.object(s);
    }
  }

  private bounds(s: Node) {
    const lo = s.exclusiveMinimum ?? s.minimum;
    const hi = s.exclusiveMaximum ?? s.maximum;
    return {
      lo: lo ?? -1e12,
      hi: hi ?? 1e12,
      loExcluded: s.exclusiveMinimum !== undefined,
      hiExcluded: s.exclusiveMaximum !== undefined,
      bounded: lo !== undefined || hi !== undefined,
    };
  }

  private integer(s: Node): fc.Arbitrary<number> {
    const b = this.bounds(s);
    const lo = Math.ceil(b.loExcluded ? Math.floor(b.lo) + 1 : b.lo);
    const hi = Math.floor(b.hiExcluded ? Math.ceil(b.hi) - 1 : b.hi);
    return fc.oneof(
      { arbitrary: fc.integer({ min: lo, max: Math.min(hi, lo + 1000) }), weight: 3 },
      { arbitrary: fc.integer({ min: lo, max: hi }), weight: 2 },
      { arbitrary: fc.constantFrom(lo, hi), weight: 1 },
    );
  }

  private number(s: Node): fc.Arbitrary<number> {
    const b = this.bounds(s);
    const edges = [...(b.loExcluded ? [] : [b.lo]), ...(b.hiExcluded ? [] : [b.hi])];
    const small = fc
      .integer({ min: 0, max: 100_000 })
      .map((n) => Math.min(b.hi, Math.max(b.lo, 0) + n / 1000))
      .filter((n) => (!b.loExcluded || n > b.lo) && (!b.hiExcluded || n < b.hi));
    return fc.oneof(
      { arbitrary: small, weight: 3 },
      {
        arbitrary: fc.double({
          min: b.lo,
          max: b.hi,
          minExcluded: b.loExcluded,
          maxExcluded: b.hiExcluded,
          noNaN: true,
          noDefaultInfinity: true,
        }),
        weight: 2,
      },
      ...(edges.length ? [{ arbitrary: fc.constantFrom(...edges), weight: 1 }] : []),
    );
  }

  private dateMs(): fc.Arbitrary<number> {
    const now = Date.now();
    return fc.oneof(
      // Mostly near now, where the server's date checks let events and reports through.
      { arbitrary: fc.integer({ min: now - 120 * DAY_MS, max: now + 2 * DAY_MS }), weight: 5 },
      { arbitrary: fc.integer({ min: MIN_DATE, max: MAX_DATE }), weight: 1 },
    );
  }

  private dateTime(): fc.Arbitrary<string> {
    return fc.tuple(this.dateMs(), fc.constantFrom('Z', 'Z', '+02:00', '-05:30', '+00:00'), fc.boolean()).map(([ms, zone, millis]) => {
      if (zone === 'Z') return millis ? new Date(ms).toISOString() : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const sign = zone[0] === '+' ? 1 : -1;
      const offsetMs = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4))) * 60_000;
      return new Date(ms + offsetMs).toISOString().replace('Z', zone);
    });
  }

  private string(s: Node): fc.Arbitrary<string> {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? Number.POSITIVE_INFINITY;
    const fits = (v: string) => {
      const n = [...v].length;
      return n >= min && n <= max;
    };
    if (s.format === 'date-time') return this.dateTime().filter(fits);
    if (s.format === 'date') return this.dateMs().map((ms) => new Date(ms).toISOString().slice(0, 10));
    if (s.format === 'uri') return fc.webUrl({ withQueryParameters: true }).filter(fits);
    if (typeof s.pattern === 'string') {
      return fc.stringMatching(new RegExp(s.pattern), Number.isFinite(max) ? { maxLength: max } : {}).filter(fits);
    }
    const cap = Math.min(max, Math.max(min, this.maxStringLength));
    const arbitraries: Array<fc.WeightedArbitrary<string>> = [{ arbitrary: fc.string({ minLength: min, maxLength: cap }), weight: 4 }];
    if (this.unicode) arbitraries.push({ arbitrary: fc.string({ minLength: min, maxLength: cap, unit: this.unit() }), weight: 2 });
    if (Number.isFinite(max) && max <= 10_000) {
      arbitraries.push({ arbitrary: fc.string({ minLength: max, maxLength: max, unit: this.unit() }), weight: 1 });
    }
    return this.withNul(fc.oneof(...arbitraries));
  }

  private array(s: Node): fc.Arbitrary<unknown[]> {
    const min = s.minItems ?? 0;
    const max = s.maxItems ?? Number.POSITIVE_INFINITY;
    const cap = Math.min(max, Math.max(min, this.maxItems));
    const items = s.items === undefined ? this.anyJson(2) : this.valid(s.items);
    if (s.uniqueItems) return fc.uniqueArray(items, { minLength: min, maxLength: cap, selector: (v) => JSON.stringify(v) });
    return fc.array(items, { minLength: min, maxLength: cap });
  }

  private object(s: Node): fc.Arbitrary<Record<string, unknown>> {
    const properties: Record<string, Schema> = s.properties ?? {};
    const required: string[] = s.required ?? [];
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, sub] of Object.entries(properties)) shape[key] = this.valid(sub);
    for (const key of required) shape[key] ??= this.anyJson(1);
    let arb: fc.Arbitrary<Record<string, unknown>> = fc.record(shape, { requiredKeys: required });
    if (!this.closed(s)) {
      const extra = typeof s.additionalProperties === 'object' ? this.valid(s.additionalProperties) : this.anyJson(3);
      const maxKeys = Object.keys(properties).length === 0 ? 6 : 2;
      const extras = fc.dictionary(this.key(), extra, { maxKeys }).map((d) => {
        for (const k of Object.keys(properties)) delete d[k];
        return d;
      });
      arb = fc.tuple(arb, extras).map(([known, more]) => ({ ...more, ...known }));
    }
    if (s.minProperties) arb = arb.filter((o) => Object.keys(o).length >= s.minProperties);
    return arb;
  }

  private key(): fc.Arbitrary<string> {
    return fc.oneof(
      fc.constantFrom('client', 'client_id', 'team', 'ticket_id', 'region'),
      fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/),
      fc.string({ maxLength: 12, unit: this.unit() }),
    );
  }

  /** Any JSON value (strings over the whole of Unicode unless told otherwise), nested at most `depth` levels. */
  anyJson(depth: number): fc.Arbitrary<unknown> {
    return fc.jsonValue({ maxDepth: depth, stringUnit: this.unit() });
  }

  // ---------- near-valid values ----------

  /** Values one mutation away from valid. Some happen to be valid after all (e.g. a mutated anyOf branch). */
  nearValid(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
    const s = this.normalise(schema);
    const types = this.types(s);
    const mutations: Array<fc.Arbitrary<unknown>> = [this.wrongType(types)];
    if (Array.isArray(s.enum) || s.const !== undefined) {
      const allowed = (s.enum ?? [s.const]).map((v: unknown) => JSON.stringify(v));
      mutations.push(
        fc
          .oneof(
            fc.constantFrom(...(s.enum ?? [s.const]).filter((v: unknown) => typeof v === 'string').map((v: string) => `${v}x`), 'unknown'),
            fc.constantFrom(...(s.enum ?? [s.const]).filter((v: unknown) => typeof v === 'string').map((v: string) => v.toUpperCase()), ''),
          )
          .filter((v) => !allowed.includes(JSON.stringify(v))),
      );
      return fc.oneof(...mutations);
    }
    const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (branches) {
      const { anyOf: _a, oneOf: _o, ...shared } = s;
      mutations.push(...branches.map((b) => this.nearValid(this.merge(shared, this.normalise(b)), depth)));
      return fc.oneof(...mutations);
    }
    for (const type of types ?? []) {
      if (type === 'string') mutations.push(...this.badStrings(s));
      if (type === 'number' || type === 'integer') mutations.push(...this.badNumbers(s, type === 'integer'));
      if (type === 'array' && depth < this.mutationDepth) mutations.push(...this.badArrays(s, depth));
      if (type === 'object' && depth < this.mutationDepth) mutations.push(...this.badObjects(s, depth));
    }
    return fc.oneof(...mutations);
  }

  /** A value of a JSON type the schema does not allow. */
  private wrongType(types: JsonType[] | null): fc.Arbitrary<unknown> {
    const candidates: unknown[] = [null, true, false, 0, -1, 1.5, 1e300, '', 'x', '42', 'null', [], [1], {}, { a: 1 }];
    const wrong = candidates.filter((v) => types !== null && !allowsType(types, v));
    return wrong.length ? fc.constantFrom(...wrong) : fc.constant(Symbol.for('absent'));
  }

  private badStrings(s: Node): Array<fc.Arbitrary<unknown>> {
    const out: Array<fc.Arbitrary<unknown>> = [];
    if (s.maxLength !== undefined && s.maxLength < 200_000) {
      const over = s.maxLength + 1;
      out.push(fc.integer({ min: over, max: over + 3 }).map((n) => 'x'.repeat(n)));
      // Over-long in code points (what JSON Schema counts), and twice as long in UTF-16 units.
      out.push(fc.constant('😀'.repeat(over)));
    }
    if (s.minLength) out.push(fc.constant('y'.repeat(s.minLength - 1)));
    if (typeof s.pattern === 'string') {
      const re = new RegExp(s.pattern);
      out.push(fc.string({ maxLength: 30, unit: this.unit() }).filter((v) => !re.test(v)));
    }
    if (s.format === 'date-time') {
      out.push(
        fc.constantFrom(
          '2026-13-01T00:00:00Z',
          '2026-05-06',
          '2026-05-06T10:42:00',
          'yesterday',
          '2026-02-30T10:00:00Z',
          '0000-00-00T00:00:00Z',
        ),
      );
    }
    if (s.format === 'date') out.push(fc.constantFrom('2026-5-6', '20260506', '2026-02-30'));
    if (s.format === 'uri') out.push(fc.constantFrom('not a uri', '//no-scheme', 'http://'));
    return out;
  }

  private badNumbers(s: Node, integer: boolean): Array<fc.Arbitrary<unknown>> {
    const out: Array<fc.Arbitrary<unknown>> = [fc.constantFrom(-1e308, 1e308, -0.5)];
    if (s.minimum !== undefined) out.push(fc.constantFrom(s.minimum - 1, s.minimum - 1e-9, s.minimum - 1e6));
    if (s.exclusiveMinimum !== undefined) out.push(fc.constantFrom(s.exclusiveMinimum, s.exclusiveMinimum - 1));
    if (s.maximum !== undefined) out.push(fc.constantFrom(s.maximum + 1, s.maximum * 1.0000001 + 1e-6, s.maximum * 10 + 1));
    if (s.exclusiveMaximum !== undefined) out.push(fc.constant(s.exclusiveMaximum));
    if (integer) out.push(this.integer(s).map((n) => n + 0.5));
    return out;
  }

  private badArrays(s: Node, depth: number): Array<fc.Arbitrary<unknown>> {
    const out: Array<fc.Arbitrary<unknown>> = [];
    const item = s.items === undefined ? this.anyJson(1) : this.valid(s.items);
    if (s.maxItems !== undefined && s.maxItems <= 1000) out.push(item.map((v) => Array.from({ length: s.maxItems + 1 }, () => v)));
    if (s.minItems) out.push(fc.array(item, { minLength: s.minItems - 1, maxLength: s.minItems - 1 }));
    if (s.items !== undefined) {
      out.push(
        fc.tuple(this.array(s), this.nearValid(s.items, depth + 1), fc.nat()).map(([valid, bad, at]) => {
          const copy = [...valid];
          copy.splice(at % (copy.length + 1), 0, bad);
          return copy.length > (s.maxItems ?? Number.POSITIVE_INFINITY) ? copy.slice(1) : copy;
        }),
      );
    }
    if (s.uniqueItems) out.push(item.map((v) => [v, v]));
    return out;
  }

  private badObjects(s: Node, depth: number): Array<fc.Arbitrary<unknown>> {
    const out: Array<fc.Arbitrary<unknown>> = [];
    const valid = this.object(s);
    const properties: Record<string, Schema> = s.properties ?? {};
    for (const key of s.required ?? []) {
      out.push(
        valid.map((o) => {
          const copy = { ...o };
          delete copy[key];
          return copy;
        }),
      );
    }
    if (this.closed(s)) {
      const known = Object.keys(properties);
      const typo = known.map((k) => k.replace(/_/g, '').replace(/^./, (c) => c.toUpperCase()));
      out.push(
        fc
          .tuple(valid, fc.oneof(fc.constantFrom('unknown', ...typo), this.key()), this.anyJson(1))
          .filter(([, key]) => !known.includes(key))
          .map(([o, key, value]) => ({ ...o, [key]: value })),
      );
    }
    for (const [key, sub] of Object.entries(properties)) {
      out.push(
        fc.tuple(valid, this.nearValid(sub, depth + 1)).map(([o, bad]) => {
          if (bad === Symbol.for('absent')) return o;
          return { ...o, [key]: bad };
        }),
      );
    }
    if (s.minProperties) out.push(fc.constant({}));
    return out;
  }
}

/** Drops the "no wrong type exists" marker a mutation may leave in place of a value. */
export function withoutAbsent(value: unknown): unknown {
  return value === Symbol.for('absent') ? undefined : value;
}
