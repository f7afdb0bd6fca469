// Every relative link of the project's Markdown leads somewhere: the file exists, and an anchor
// names a heading of it (GitHub's slugs: lower case, punctuation dropped, spaces as hyphens, a
// repeated heading numbered).
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT } from "../support/engine";

const SKIPPED_DIRS = new Set(["node_modules", "dist", ".git", ".test-work", ".pulumi-state", ".pulumi-home", ".sagemaker-local", "fixtures"]);

function markdownFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : markdownFiles(full);
        return entry.name.endsWith(".md") ? [full] : [];
    });
}

function slug(heading: string): string {
    return heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\- _]/gu, "")
        .replace(/ /g, "-");
}

/** The anchors of a Markdown file's headings, outside code blocks. */
function anchors(file: string): Set<string> {
    const seen = new Map<string, number>();
    const out = new Set<string>();
    let fenced = false;
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        if (/^\s*```/.test(line)) fenced = !fenced;
        const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
        if (!heading) continue;
        const base = slug(heading[1]);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        out.add(n === 0 ? base : `${base}-${n}`);
    }
    return out;
}

/** Links `[text](target)` outside code blocks and inline code. */
function links(file: string): { target: string; line: number }[] {
    const found: { target: string; line: number }[] = [];
    let fenced = false;
    fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
            if (/^\s*```/.test(line)) fenced = !fenced;
            if (fenced) return;
            for (const m of line.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) found.push({ target: m[1], line: i + 1 });
        });
    return found;
}

describe("docs: relative links", () => {
    const files = markdownFiles(REPO_ROOT);

    it("finds the README, the docs and the examples' READMEs", () => {
        const names = files.map((f) => path.relative(REPO_ROOT, f));
        for (const expected of ["README.md", "docs/architecture.md", "docs/getting-started.md", "examples/README.md"]) assert.ok(names.includes(expected), expected);
    });

    it("leads every relative link to a file, and every anchor to a heading", () => {
        const broken: string[] = [];
        for (const file of files) {
            for (const { target, line } of links(file)) {
                if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
                const [pathPart, anchor] = target.split("#");
                const resolved = pathPart === "" ? file : path.resolve(path.dirname(file), decodeURI(pathPart));
                const where = `${path.relative(REPO_ROOT, file)}:${line}: ${target}`;
                if (!fs.existsSync(resolved)) {
                    broken.push(`${where} (no such file)`);
                } else if (anchor !== undefined && resolved.endsWith(".md") && !anchors(resolved).has(anchor)) {
                    broken.push(`${where} (no such heading)`);
                }
            }
        }
        assert.deepStrictEqual(broken, []);
    });
});
