// Hostile input to `check` (provider/lifecycle/check.ts checkInputsAlone), property-based: values
// generated from the generated service model's shapes, valid ones and ones made
// invalid in exactly one member (wrong type, too long, too short, out of range,
// outside the enum, against the pattern, unknown member, prototype-pollution key,
// required member missing), plus arbitrary garbage. The generated constraints are
// the oracle: check never throws, accepts every valid value (nothing but the
// documented cross-field rules may object), rejects every invalid one, and names
// the property path each time.
import * as assert from "assert";
import fc from "fast-check";
import { SHAPES } from "../../model/generated/service-model";
import { getShape } from "../../model/schema/shape-lookup";
import { formatPath, toPulumiPath, toPulumiValue, type PathSegment } from "../../model/schema/names";
import { compilePattern, SAFE_REWRITES } from "../../model/schema/patterns";
import type { ShapeDef } from "../../model/shape-def";
import { describeViolation } from "../../model/validation/failure-reasons";
import { USER_PROFILE } from "../../provider/kinds/user-profile";
import { checkInputsAlone } from "../../provider/lifecycle/check";
import { INPUT_PROPERTIES, OUTPUT_PROPERTIES } from "../../model/profile/profile-properties";
import { checkUserProfileRules } from "../../model/validation/cross-field-rules";
import { MAX_TAGS } from "../../model/schema/limits";
import { size } from "../support/reliability";

const RUNS = size(300, 3000);
const MAX_DEPTH = 3;

function shape(name: string): ShapeDef {
    const def = getShape(name);
    if (!def) throw new Error(`no shape ${name}`);
    return def;
}

const codePoints = (s: string) => [...s].length;

/** A string the shape accepts: from its enum, or its pattern, within its length bounds. */
function validString(def: ShapeDef): fc.Arbitrary<string> {
    if (def.enum) return fc.constantFrom(...def.enum);
    const min = def.min ?? 0;
    const max = Math.min(def.max ?? 64, min + 64);
    const inBounds = (s: string) => codePoints(s) >= min && codePoints(s) <= (def.max ?? Number.MAX_SAFE_INTEGER);
    if (!def.pattern) return fc.string({ minLength: min, maxLength: max, unit: "grapheme" }).filter(inBounds);
    const re = compilePattern(def.pattern)!;
    // Generate from the literal translation (the safe rewrites use lookaheads the generator cannot
    // read) with large repetition bounds (`{3,1016}`) narrowed; the real pattern is the filter.
    const literal = Object.prototype.hasOwnProperty.call(SAFE_REWRITES, def.pattern) ? `^(?:${def.pattern.replace(/\//g, "\\/")})$` : re.source;
    const narrowed = literal.replace(/\{(\d+),(\d+)\}/g, (_all, a: string, b: string) => `{${a},${Math.min(Number(b), Number(a) + 4)}}`);
    let generated: fc.Arbitrary<string>;
    try {
        generated = fc.stringMatching(new RegExp(narrowed, "u"), { size: "small" });
    } catch {
        // Lookaheads are beyond the generator: such patterns (`(?!\s*$).+`) accept most plain strings.
        generated = fc.string({ minLength: Math.max(1, min), maxLength: max });
    }
    const accepts = (value: string) => re.test(value);
    return generated.filter((s) => inBounds(s) && accepts(s));
}

/** An API-cased value the shape accepts. */
function validValue(name: string, depth = 0): fc.Arbitrary<unknown> {
    const def = shape(name);
    switch (def.type) {
        case "string":
            return validString(def);
        case "boolean":
            return fc.boolean();
        case "integer":
        case "long":
            return fc.integer({ min: def.min ?? -1000, max: def.max ?? 100000 });
        case "float":
        case "double":
            return fc.double({ min: def.min ?? -1000, max: def.max ?? 100000, noNaN: true, noDefaultInfinity: true });
        case "list":
            return fc.array(validValue(def.member!, depth + 1), {
                minLength: def.min ?? 0,
                maxLength: Math.min(def.max ?? 3, (def.min ?? 0) + (depth >= MAX_DEPTH ? 0 : 3)),
            });
        case "map":
            return fc
                .array(fc.tuple(validString(shape(def.key!)), validValue(def.value!, depth + 1)), { maxLength: depth >= MAX_DEPTH ? 0 : 3 })
                .map((entries) => Object.fromEntries(entries));
        case "structure": {
            const members = Object.entries(def.members ?? {});
            const required = new Set(def.required ?? []);
            if (def.union) {
                return fc.constantFrom(...members).chain(([member, target]) => validValue(target, depth + 1).map((v) => ({ [member]: v })));
            }
            const record: Record<string, fc.Arbitrary<unknown>> = {};
            for (const [member, target] of members) {
                if (depth < MAX_DEPTH || required.has(member)) record[member] = validValue(target, depth + 1);
            }
            return fc.record(record, { requiredKeys: [...required].filter((m) => m in record) });
        }
        default:
            return fc.constant(undefined);
    }
}

type Mutation = { path: PathSegment[]; what: string; apply: (value: unknown) => unknown };

/** Values the shape rejects, each with what makes it wrong. */
function invalidValues(def: ShapeDef): fc.Arbitrary<{ value: unknown; what: string }> {
    const options: fc.Arbitrary<{ value: unknown; what: string }>[] = [];
    const wrongTypes: unknown[] = def.type === "string" ? [42, true, [], {}] : def.type === "boolean" ? ["true", 1, []] : def.type === "list" ? ["x", 1, {}] : def.type === "structure" || def.type === "map" ? ["x", 1, [1]] : ["1", true, {}];
    options.push(fc.constantFrom(...wrongTypes).map((value) => ({ value, what: "wrong type" })));
    if (def.type === "string") {
        if (def.max !== undefined) options.push(fc.constantFrom("a", "é", "🙂").map((c) => ({ value: c.repeat(def.max! + 1 + 1000 * Number(def.max! > 10000)), what: "too long" })));
        if ((def.min ?? 0) > 0) options.push(fc.constant({ value: "", what: "too short" }));
        if (def.enum) options.push(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !def.enum!.includes(s)).map((value) => ({ value, what: "not in the enum" })));
        else if (def.pattern) {
            const re = compilePattern(def.pattern)!;
            options.push(
                fc
                    .constantFrom(" ", "\u0000", "<script>", "../../etc/passwd", "__proto__", "\u202e", "a b", "x".repeat(Math.max(1, def.min ?? 1)) + "\n")
                    .filter((s) => !re.test(s))
                    .map((value) => ({ value, what: "against the pattern" })),
            );
        }
    }
    if ((def.type === "integer" || def.type === "long") && def.max !== undefined) options.push(fc.constant({ value: def.max + 1, what: "out of range" }));
    if ((def.type === "integer" || def.type === "long") && def.min !== undefined) options.push(fc.constant({ value: def.min - 1, what: "out of range" }));
    if (def.type === "list" && def.max !== undefined && def.max <= 100) options.push(fc.constant({ value: Array(def.max + 1).fill(null), what: "too many items" }));
    return fc.oneof(...options);
}

/** A structure member path in a valid UserSettings value, with the shape found there. */
function memberPaths(value: unknown, name: string, path: PathSegment[] = []): { path: PathSegment[]; shape: string; parent: string }[] {
    const def = shape(name);
    const out: { path: PathSegment[]; shape: string; parent: string }[] = [];
    if (def.type === "structure" && value && typeof value === "object") {
        for (const [member, target] of Object.entries(def.members ?? {})) {
            if (member in (value as object)) {
                out.push({ path: [...path, member], shape: target, parent: name });
                out.push(...memberPaths((value as Record<string, unknown>)[member], target, [...path, member]));
            }
        }
    } else if (def.type === "list" && Array.isArray(value)) {
        value.forEach((item, i) => out.push(...memberPaths(item, def.member!, [...path, i])));
    }
    return out;
}

function setAt(root: Record<string, unknown>, path: PathSegment[], value: unknown, remove = false): Record<string, unknown> {
    const copy = structuredClone(root);
    let node = copy as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (remove) delete node[last];
    else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
    return copy;
}

function inputsWith(userSettings: unknown): Record<string, unknown> {
    return { domainId: "d-testdomain01", userProfileName: "alice", userSettings: toPulumiValue("UserSettings", userSettings) };
}

function check(news: Record<string, unknown>) {
    const result = checkInputsAlone(USER_PROFILE, {}, news);
    return { inputs: result.inputs, failures: result.failures.map((f) => ({ property: formatPath(f.path), reason: f.reason })) };
}

describe(`reliability: hostile input to check (${RUNS} runs per property)`, function () {
    this.timeout(600_000);

    it("accepts every UserSettings the generated constraints accept (only the cross-field rules may object)", () => {
        fc.assert(
            fc.property(validValue("UserSettings"), (settings) => {
                const news = inputsWith(settings);
                const { failures } = check(news);
                const rules = checkUserProfileRules({ DomainId: "d-testdomain01", UserProfileName: "alice", UserSettings: settings }, {}, { warnings: false })
                    .map(describeViolation)
                    .map((f) => ({ property: formatPath(f.path), reason: f.reason }));
                assert.deepStrictEqual(failures, rules, JSON.stringify(settings));
            }),
            { numRuns: RUNS, seed: 424242 },
        );
    });

    it("accepts every domain id, profile name and set of tags the generated constraints accept", () => {
        const tags = fc.dictionary(validString(shape("TagKey")), validString(shape("TagValue")), { maxKeys: MAX_TAGS });
        fc.assert(
            fc.property(validString(shape("DomainId")), validString(shape("UserProfileName")), tags, (domainId, userProfileName, tagMap) => {
                const { failures } = check({ domainId, userProfileName, tags: tagMap });
                assert.deepStrictEqual(failures, [], JSON.stringify({ domainId, userProfileName, tagMap }));
            }),
            { numRuns: RUNS, seed: 7 },
        );
    });

    it("rejects every UserSettings made invalid in one member, naming that member's path", () => {
        const arbitrary = validValue("UserSettings").chain((settings) => {
            const paths = memberPaths(settings, "UserSettings");
            if (paths.length === 0) return fc.constant(undefined);
            return fc.constantFrom(...paths).chain((target) => {
                const def = shape(target.shape);
                const parent = shape(target.parent);
                const mutations: fc.Arbitrary<Mutation>[] = [
                    invalidValues(def).map(({ value, what }) => ({ path: target.path, what, apply: (root: unknown) => setAt(root as Record<string, unknown>, target.path, value) })),
                    fc.constantFrom("__proto__", "constructor", "prototype", "NotAMember").map((key) => {
                        const path = [...target.path.slice(0, -1), key];
                        return { path, what: `unknown member ${key}`, apply: (root: unknown) => setAt(root as Record<string, unknown>, path, { polluted: true }) };
                    }),
                ];
                const member = target.path[target.path.length - 1] as string;
                if ((parent.required ?? []).includes(member)) {
                    mutations.push(fc.constant({ path: target.path, what: "required member missing", apply: (root: unknown) => setAt(root as Record<string, unknown>, target.path, undefined, true) }));
                }
                return fc.oneof(...mutations).map((mutation) => ({ settings, mutation }));
            });
        });
        let checked = 0;
        fc.assert(
            fc.property(arbitrary, (testCase) => {
                if (!testCase) return;
                checked++;
                const { settings, mutation } = testCase;
                const broken = mutation.apply(settings);
                const failures = check(inputsWith(broken)).failures ?? [];
                assert.ok(failures.length > 0, `${mutation.what} at ${mutation.path.join(".")} was accepted: ${JSON.stringify(broken).slice(0, 500)}`);
                const expected = `userSettings.${toPulumiPath(mutation.path)}`;
                const expectedPrefix = `userSettings.${toPulumiPath(mutation.path.slice(0, -1))}`.replace(/\.$/, "");
                assert.ok(
                    failures.some((f) => f.property === expected || f.property.startsWith(`${expected}.`) || f.property.startsWith(`${expected}[`) || (mutation.what === "required member missing" && f.property.startsWith(expectedPrefix))),
                    `${mutation.what}: expected a failure at ${expected}, got ${JSON.stringify(failures).slice(0, 800)}`,
                );
                assert.strictEqual(({} as Record<string, unknown>).polluted, undefined, "Object.prototype polluted");
            }),
            { numRuns: RUNS, seed: 1337 },
        );
        assert.ok(checked > RUNS / 2, `${checked} invalid values checked`);
    });

    it("never throws on arbitrary values, deep nesting, huge strings and pollution keys, and names a property", () => {
        const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "userSettings", "tags", "", "🙂", "a.b[0]");
        const deep = fc.integer({ min: 1, max: 2000 }).map((n) => {
            let v: unknown = "x";
            for (let i = 0; i < n; i++) v = i % 2 ? [v] : { jupyterLabAppSettings: v };
            return v;
        });
        const huge = fc.constantFrom(1e5, 1e6).map((n) => "ml.".padEnd(n, "𝔁"));
        const anyValue = fc.oneof(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }), deep, huge, fc.dictionary(hostileKey, fc.anything({ maxDepth: 2 })));
        fc.assert(
            fc.property(fc.dictionary(fc.oneof(hostileKey, fc.constantFrom("domainId", "userProfileName", "userSettings", "tags", "timeouts", "adopt", "singleSignOnUserValue")), anyValue), (news) => {
                const parsed = JSON.parse(JSON.stringify(news, (_k, v) => (typeof v === "bigint" ? String(v) : v)) ?? "{}") as Record<string, unknown>;
                for (const input of [news, parsed]) {
                    const result = check(input as Record<string, unknown>);
                    assert.ok(Array.isArray(result.failures));
                    const allowed: readonly string[] = [...INPUT_PROPERTIES, ...OUTPUT_PROPERTIES];
                    for (const key of Object.keys(input).filter((k) => !allowed.includes(k))) {
                        const expected = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
                        assert.ok(result.failures?.some((f) => f.property === expected), `unknown input ${expected} not reported`);
                    }
                    for (const f of result.failures ?? []) {
                        assert.ok(f.property.length > 0, "every failure names a property");
                        assert.strictEqual(typeof f.property, "string");
                        assert.strictEqual(typeof f.reason, "string");
                        assert.ok(f.reason.length < 5000, `a bounded reason: ${f.reason.length} characters`);
                    }
                }
                assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
            }),
            { numRuns: RUNS, seed: 99 },
        );
    });

    it("covers every member of UserSettings with the generators", () => {
        const members = Object.keys(shape("UserSettings").members ?? {});
        const seen = new Set<string>();
        fc.assert(
            fc.property(validValue("UserSettings"), (settings) => {
                for (const key of Object.keys(settings as object)) seen.add(key);
            }),
            { numRuns: 200, seed: 5 },
        );
        assert.deepStrictEqual(members.filter((m) => !seen.has(m)), []);
        assert.ok(Object.keys(SHAPES).length > 100);
    });
});
