// A problem found in a team spec, located by its path in the spec, so the
// same problem can be shown as `members[3].name` or as `teams/x.yaml:12:5`.
import { formatPath, type PathSegment } from "../model/schema/names";

export type SpecPath = PathSegment[];

export interface TeamProblem {
    /** Where in the spec: e.g. ["members", 3, "settings", "jupyterLabAppSettings"]. */
    path: SpecPath;
    reason: string;
    /** Members the problem affects, when it comes from something they share (the team defaults or tags). */
    members?: string[];
}

/** `members[3].settings.jupyterLabAppSettings`, with map keys that are not identifiers quoted. */
export function formatSpecPath(path: SpecPath): string {
    return path.length === 0 ? "(team)" : formatPath(path);
}

export function formatProblem(problem: TeamProblem): string {
    const who = problem.members && problem.members.length > 0 ? ` (members ${problem.members.join(", ")})` : "";
    return `${formatSpecPath(problem.path)}${who}: ${problem.reason}`;
}

/** Problems listed in a message; the rest are counted (they stay in `problems` and `lines`). */
const MAX_LISTED_PROBLEMS = 50;

function listed(lines: readonly string[]): string {
    const shown = lines.slice(0, MAX_LISTED_PROBLEMS).map((l) => `  - ${l}`);
    const more = lines.length - shown.length;
    if (more > 0) {
        shown.push(`  … and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"}`);
    }
    return shown.join("\n");
}

/** Thrown before any resource is registered when a team spec has problems; lists all of them. */
export class TeamSpecError extends Error {
    declare readonly team: string;
    declare readonly problems: readonly TeamProblem[];
    /** Each problem as shown; a file loader puts file:line: in front. */
    declare readonly lines: readonly string[];

    constructor(team: string, problems: readonly TeamProblem[], lines: readonly string[] = problems.map(formatProblem)) {
        super(`team ${team}: ${problems.length} problem${problems.length === 1 ? "" : "s"} in the team spec:\n${listed(lines)}`);
        // Not enumerable, and no stack: Pulumi prints the error with util.inspect,
        // and the message already says everything about the spec.
        for (const [key, value] of Object.entries({ team, problems, lines })) {
            Object.defineProperty(this, key, { value, enumerable: false });
        }
        this.name = "TeamSpecError";
        this.stack = `${this.name}: ${this.message}`;
    }
}
