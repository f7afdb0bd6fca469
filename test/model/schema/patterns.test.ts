import * as assert from "assert";
import { SHAPES } from "../../../model/generated/service-model";
import { compilePattern, displayPattern, javaPatternToSource, SAFE_REWRITES, tryCompilePattern } from "../../../model/schema/patterns";
import type { ShapeDef } from "../../../model/shape-def";

const patterns = [...new Set(Object.values(SHAPES as Record<string, ShapeDef>).flatMap((d) => (d.pattern === undefined ? [] : [d.pattern])))];

const matches = (pattern: string, value: string) => (compilePattern(pattern) as RegExp).test(value);

describe("model/schema/patterns", () => {
    it("compiles every pattern of the generated shapes", () => {
        assert.ok(patterns.length > 30);
        for (const p of patterns) {
            const r = tryCompilePattern(p);
            assert.ok(r.ok, `${p}: ${r.ok ? "" : r.error}`);
        }
    });

    it("matches whole values only", () => {
        assert.ok(matches("UserName", "UserName"));
        assert.ok(!matches("UserName", "xUserName"));
        assert.ok(!matches("UserName", "UserNamex"));
        assert.ok(!matches("[a-z]+|[0-9]+", "abc123"), "alternation stays inside the anchors");
        assert.ok(matches("(fs-[0-9a-f]{8,})", "fs-0123abcd"));
        assert.ok(!matches("\\d+", "12\n"), "no trailing newline slips through");
    });

    it("applies the model's patterns as the service does (samples)", () => {
        const cases: [string, string, boolean][] = [
            ["DomainId", "d-rmxdg2gitvsb", true],
            ["DomainId", "D-ABC", false],
            ["RoleArn", "arn:aws-us-gov:iam::123456789012:role/a/b+c=d,e.f@g-h_i", true],
            ["RoleArn", "arn:aws:iam::12345678901:role/x", false],
            ["TagKey", "Straße:ü/=+-@ 名前", true],
            ["TagKey", "bad#key", false],
            ["TagValue", "", true],
            ["FileSystemPath", "/home/\u00A0user", true], // Java's \S admits a no-break space
            ["FileSystemPath", "/home/a b", false],
            ["ImageVersionAlias", "1", true],
            ["ImageVersionAlias", "1.2", true],
            ["ImageVersionAlias", "1.2.3-alpha.1+build.5", true],
            ["ImageVersionAlias", "01.2.3", false],
            ["StudioLifecycleConfigArn", "None", true],
            ["QProfileArn", "arn:aws:codewhisperer:us-east-1:123456789012:profile/ABC-def_1", true],
            ["RepositoryUrl", "https://github.com/org/repo", true],
            ["RepositoryUrl", "https://github.com/", true],
            ["RepositoryUrl", "https://ab", false],
            ["RepositoryUrl", "https://a//b/c", false],
            ["NonEmptyString64", "  ", false],
            ["NonEmptyString64", " x", true],
            ["SecurityGroupId", "sg-0a1b", true],
        ];
        const shapes = SHAPES as Record<string, ShapeDef>;
        for (const [shape, value, ok] of cases) {
            assert.strictEqual(matches(shapes[shape].pattern as string, value), ok, `${shape} ${JSON.stringify(value)}`);
        }
    });

    it("translates Java-only constructs", () => {
        const cases: [string, string, string[], string[]][] = [
            ["possessive", "a*+b", ["aab", "b"], ["aa"]],
            ["atomic group", "(?>ab|a)c", ["abc", "ac"], ["a"]],
            ["quoting", "\\Q.*\\E", [".*"], ["ab"]],
            ["POSIX class", "\\p{Alpha}+\\p{Digit}", ["ab1"], ["a1a"]],
            ["Unicode category", "\\p{L}+\\P{L}", ["éa1"], ["ab"]],
            ["IsAlphabetic-style", "\\p{IsL}+", ["ab"], ["1"]],
            ["nested class union", "[a-c[x-z]]+", ["axz"], ["d"]],
            ["range dash after range", "[a-c-_]+", ["a-_"], ["d"]],
            ["leading ] in class", "[]a]+", ["]a"], ["b"]],
            ["literal brace", "a{b}", ["a{b}"], ["ab"]],
            ["Java \\s is ASCII", "\\s", [" ", "\t"], ["\u00A0"]],
            ["\\h", "\\h", ["\u00A0", " "], ["\n"]],
            ["\\A and \\z", "\\Aab\\z", ["ab"], ["abc"]],
            ["escaped punctuation", "\\@\\_\\:", ["@_:"], ["x"]],
            ["octal and hex", "\\0101\\x42\\u0043", ["ABC"], ["abc"]],
        ];
        for (const [what, pattern, good, bad] of cases) {
            const re = compilePattern(pattern);
            assert.ok(re, `${what}: ${pattern} compiles (${javaPatternToSource(pattern)})`);
            for (const v of good) assert.ok(re.test(v), `${what}: ${pattern} matches ${JSON.stringify(v)}`);
            for (const v of bad) assert.ok(!re.test(v), `${what}: ${pattern} rejects ${JSON.stringify(v)}`);
        }
    });

    it("returns null instead of throwing for what it cannot translate", () => {
        for (const p of ["(?i)abc", "[a&&b]", "\\G", "[^a[^b]]", "\\"]) {
            assert.strictEqual(compilePattern(p), null, p);
            assert.strictEqual(tryCompilePattern(p).ok, false, p);
        }
    });

    it("safe rewrites agree with the literal translation", () => {
        for (const [pattern, safe] of Object.entries(SAFE_REWRITES)) {
            const literal = new RegExp(`^(?:${pattern.replace(/\//g, "\\/")})$`, "u");
            const rewritten = new RegExp(safe, "u");
            const alphabet = ["a", "/", ".", "-", "!"];
            // Every string of up to 7 characters over the alphabet, after the fixed prefix.
            const prefix = pattern.slice(0, pattern.indexOf("("));
            let frontier = [""];
            for (let len = 0; len <= 7; len++) {
                for (const tail of frontier) {
                    for (const v of [prefix + tail, tail]) assert.strictEqual(rewritten.test(v), literal.test(v), JSON.stringify(v));
                }
                frontier = frontier.flatMap((t) => alphabet.map((c) => t + c));
            }
        }
    });

    it("no pattern backtracks badly on adversarial input of its shape's maximum length", () => {
        const shapes = SHAPES as Record<string, ShapeDef>;
        for (const [name, def] of Object.entries(shapes)) {
            if (def.pattern === undefined) continue;
            const re = compilePattern(def.pattern) as RegExp;
            const n = Math.min(def.max ?? 8192, 8192);
            for (const unit of ["a", "a-", "a.", "a/", "0", " ", "arn:aws:", "-a"]) {
                const value = unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 1) + "!";
                const started = process.hrtime.bigint();
                re.test(value);
                const ms = Number(process.hrtime.bigint() - started) / 1e6;
                assert.ok(ms < 250, `${name} took ${ms.toFixed(0)} ms on ${JSON.stringify(unit)}×${n}`);
            }
        }
    });

    it("quotes patterns anchored, as AWS messages do", () => {
        assert.strictEqual(displayPattern("[-0-9a-zA-Z]+"), "^[-0-9a-zA-Z]+$");
        assert.strictEqual(displayPattern("^abc$"), "^abc$");
    });
});
