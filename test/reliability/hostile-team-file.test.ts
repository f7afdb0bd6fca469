// Hostile team files: alias bombs, wrong types everywhere, huge files and thousands of members.
// Each fails fast with a clear, bounded message (file:line:column, property path), within
// bounded memory; a large valid file still loads.
import * as assert from "assert";
import { parseTeamFile } from "../../components/team-file";
import { TeamSpecError } from "../../components/team-problems";
import { ROLE } from "../support/reliability";

function failure(text: string): { error: TeamSpecError; ms: number; heapGrowthMb: number } {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    let caught: unknown;
    try {
        parseTeamFile(text, "teams/hostile.yaml");
    } catch (e) {
        caught = e;
    }
    const ms = Date.now() - started;
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    assert.ok(caught instanceof TeamSpecError, `a TeamSpecError, got ${caught instanceof Error ? caught.stack : String(caught)}`);
    return { error: caught, ms, heapGrowthMb };
}

function members(count: number, line: (i: number) => string): string {
    return Array.from({ length: count }, (_, i) => line(i)).join("\n");
}

describe("reliability: hostile team files", function () {
    this.timeout(120_000);

    it("refuses a billion-laughs alias bomb quickly, naming the alias", () => {
        const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
        for (let i = 1; i < 10; i++) {
            const prev = String.fromCharCode(96 + i);
            const name = String.fromCharCode(97 + i);
            levels.push(`${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
        }
        const text = `name: bomb\n${levels.join("\n")}\nmembers:\n  - name: alice\n    settings: *j\n`;
        const { error, ms, heapGrowthMb } = failure(text);
        console.log(`      alias bomb: ${ms} ms, heap +${heapGrowthMb.toFixed(1)} MB: ${error.lines[0]}`);
        assert.match(error.lines[0], /^teams\/hostile\.yaml:\d+:\d+: .*alias/i);
        assert.ok(ms < 5_000, `${ms} ms`);
        assert.ok(heapGrowthMb < 100, `${heapGrowthMb} MB`);
    });

    it("reports wrong types with file:line:column and the property path", () => {
        const text = [
            "name: 42",
            "defaults:",
            "  studioWebPortal: [1, 2]",
            "members:",
            "  - name: alice",
            "    settings:",
            "      executionRole: {arn: true}",
            "  - name: [bob]",
            "  - tags: yes",
        ].join("\n");
        const { error } = failure(text);
        const message = error.message;
        assert.match(message, /teams\/hostile\.yaml:3:\d+: defaults\.studioWebPortal/);
        assert.match(message, /teams\/hostile\.yaml:7:\d+: members\[0\]\.settings\.executionRole/);
        assert.match(message, /teams\/hostile\.yaml:8:\d+: members\[1\]\.name/);
    });

    it("fails fast on 5,000 bad members with a bounded message and bounded memory", () => {
        const text = `name: huge\nmembers:\n${members(5_000, (i) => `  - name: user-${i}\n    settings:\n      defaultLandingUri: ${i % 2 ? "[x]" : "{y: 1}"}`)}\n`;
        const { error, ms, heapGrowthMb } = failure(text);
        console.log(`      5,000 bad members (${(text.length / 1024).toFixed(0)} KiB): ${ms} ms, heap +${heapGrowthMb.toFixed(1)} MB, message ${error.message.length} characters, ${error.problems.length} problems`);
        assert.ok(error.message.length < 20_000, `message of ${error.message.length} characters`);
        assert.match(error.message, /… and \d[\d,]* more problems$/);
        assert.ok(error.problems.length >= 5_000, `every problem is kept: ${error.problems.length}`);
        assert.ok(ms < 30_000, `${ms} ms`);
        assert.ok(heapGrowthMb < 500, `${heapGrowthMb} MB`);
    });

    it("refuses a file of 10,000 members, more than one team may have, before judging each", () => {
        const text = `name: huge\nmembers:\n${members(10_000, (i) => `  - name: user-${i}\n    settings: {defaultLandingUri: [x]}`)}\n`;
        const { error, ms, heapGrowthMb } = failure(text);
        console.log(`      10,000 members: ${ms} ms, heap +${heapGrowthMb.toFixed(1)} MB: ${error.lines[0]}`);
        assert.strictEqual(error.lines.length, 1);
        assert.match(error.lines[0], /^teams\/hostile\.yaml:2:\d+: members: has 10,000 members; a team may have at most 5,000/);
        assert.ok(ms < 10_000, `${ms} ms`);
    });

    it("loads 5,000 valid members", () => {
        const text = `name: big\ndefaults:\n  executionRole: ${ROLE}\nmembers:\n${members(5_000, (i) => `  - name: user-${i}`)}\n`;
        const started = Date.now();
        const spec = parseTeamFile(text, "teams/big.yaml");
        console.log(`      5,000 valid members: ${Date.now() - started} ms`);
        assert.strictEqual(spec.members?.length, 5_000);
    });
});
