// Which team files a stack deploys: config such as `teams/*.yaml`, a comma-
// separated list, or a list of paths, patterns and comma-separated lists. A pattern may use `*` and
// `?` in its last segment only; the result is sorted so the order is stable.
import * as fs from "fs";
import * as path from "path";
import picomatch from "picomatch";

export function expandTeamFiles(patterns: string | readonly string[], baseDir: string): string[] {
    const list = (typeof patterns === "string" ? [patterns] : [...patterns]).flatMap((p) => p.split(","));
    const files = new Set<string>();
    for (const raw of list.map((p) => p.trim()).filter((p) => p !== "")) {
        const absolute = path.resolve(baseDir, raw);
        const base = path.basename(absolute);
        if (!/[*?]/.test(base)) {
            if (!fs.existsSync(absolute)) {
                throw new Error(`team file ${raw} does not exist (looked in ${baseDir})`);
            }
            files.add(absolute);
            continue;
        }
        const dir = path.dirname(absolute);
        const isMatch = picomatch(base);
        const matches = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => isMatch(f)) : [];
        if (matches.length === 0) {
            throw new Error(`no team file matches ${raw} (looked in ${baseDir})`);
        }
        for (const match of matches) {
            files.add(path.join(dir, match));
        }
    }
    return [...files].sort();
}
