// Which team stacks to run: every team file's stack, or those a change touches. The one selection
// behind `sagemaker-studio stacks list` (the workflows' matrix) and `up|preview|… --stacks`, so CI
// and a laptop pick the same stacks. A team's stack is `<prefix><team name>`.
//
// What a change selects:
//   - a team file added or changed: its stack (deploy);
//   - a team file deleted: its stack, for the destroy of its members;
//   - a file every stack shares (the program's code, Pulumi.yaml, the package and lock files,
//     tsconfig.json, the base stack's settings, and the globs given as shared): every stack;
//   - a team stack's own settings file (Pulumi.<stack>.yaml): that stack.
import * as path from "path";
import picomatch from "picomatch";
import YAML from "yaml";
import { expandTeamFiles } from "../../components/team-files";

type StackAction = "deploy" | "destroy";

export interface TeamStack {
    team: string;
    /** The team file, relative to the project folder. */
    file: string;
    stack: string;
    /** `destroy` when the change deleted the team file: its stack's members go. */
    action: StackAction;
    /** Why the stack is selected. */
    reason: string;
}

export interface ChangedPath {
    /** Relative to the project folder. */
    path: string;
    change: "added" | "modified" | "deleted";
}

export interface SelectionOptions {
    /** Team files: globs, paths or comma-separated lists, relative to `projectDir`. */
    teams: string | readonly string[];
    projectDir: string;
    stackPrefix?: string;
    /** The stack whose config every team stack starts from: its settings file is shared. */
    baseStack?: string;
    /** More files every stack shares: globs relative to the project folder. */
    shared?: readonly string[];
}

/** What a change holds, as git reports it, and the text a deleted file had. */
export interface Change {
    paths: readonly ChangedPath[];
    oldText(file: string): Promise<string | undefined>;
}

const SHARED_FILES = ["Pulumi.yaml", "Pulumi.yml", "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "tsconfig.json"];
const PROGRAM_CODE = /\.[cm]?[jt]s$/;
const STACK_SETTINGS = /^Pulumi\.(.+)\.ya?ml$/;

/** The team's name: the file's `name`, else its base name without extension. */
export function teamNameOf(file: string, text: string | undefined): string {
    const base = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
    try {
        const named = (YAML.parse(text ?? "") as { name?: unknown } | null)?.name;
        return typeof named === "string" && named !== "" ? named : base;
    } catch {
        return base;
    }
}

function teamStackName(team: string, stackPrefix: string | undefined): string {
    return `${stackPrefix ?? ""}${team}`;
}

const toPosix = (file: string) => file.split(path.sep).join("/");

/** Every team file's stack (to deploy), in file order; two files naming one team fail. */
export function allTeamStacks(options: SelectionOptions, readText: (absolute: string) => string, reason = "team file"): TeamStack[] {
    const stacks = expandTeamFiles(options.teams, options.projectDir).map((absolute) => {
        const team = teamNameOf(absolute, readOrUndefined(readText, absolute));
        return { team, file: toPosix(path.relative(options.projectDir, absolute)), stack: teamStackName(team, options.stackPrefix), action: "deploy" as const, reason };
    });
    const byStack = new Map<string, TeamStack>();
    for (const stack of stacks) {
        const other = byStack.get(stack.stack);
        if (other) throw new Error(`${other.file} and ${stack.file} both name team ${stack.team} (stack ${stack.stack}): one team file per team`);
        byStack.set(stack.stack, stack);
    }
    return stacks;
}

function readOrUndefined(readText: (absolute: string) => string, absolute: string): string | undefined {
    try {
        return readText(absolute);
    } catch {
        return undefined;
    }
}

/** Whether a path relative to the project folder is one of the team files the patterns name (present or not). */
export function teamFileMatcher(teams: string | readonly string[], projectDir: string): (file: string) => boolean {
    const patterns = (typeof teams === "string" ? [teams] : [...teams])
        .flatMap((p) => p.split(","))
        .map((p) => p.trim())
        .filter((p) => p !== "")
        .map((p) => path.resolve(projectDir, p));
    return (file) => {
        const absolute = path.resolve(projectDir, file);
        return patterns.some((pattern) => {
            const base = path.basename(pattern);
            if (!/[*?]/.test(base)) return pattern === absolute;
            return path.dirname(pattern) === path.dirname(absolute) && picomatch(base)(path.basename(absolute));
        });
    };
}

function sharedMatcher(options: SelectionOptions): (file: string) => boolean {
    const base = options.baseStack === undefined ? [] : [`Pulumi.${options.baseStack}.yaml`, `Pulumi.${options.baseStack}.yml`];
    const named = new Set([...SHARED_FILES, ...base]);
    const globs = (options.shared ?? []).map((glob) => picomatch(toPosix(path.normalize(glob)), { dot: true }));
    return (file) => named.has(file) || (PROGRAM_CODE.test(file) && !file.split("/").includes("node_modules")) || globs.some((isMatch) => isMatch(file));
}

/** The team stacks a change touches, sorted by stack. */
export async function changedTeamStacks(change: Change, options: SelectionOptions, readText: (absolute: string) => string): Promise<TeamStack[]> {
    const isTeamFile = teamFileMatcher(options.teams, options.projectDir);
    const isShared = sharedMatcher(options);
    const selected = new Map<string, TeamStack>();
    const select = (stack: TeamStack) => {
        const held = selected.get(stack.stack);
        // A deploy wins over a destroy: a team file renamed keeps its team and its stack.
        if (held === undefined || (held.action === "destroy" && stack.action === "deploy")) selected.set(stack.stack, stack);
    };
    const shared: string[] = [];
    const settingsOf = new Set<string>();
    for (const { path: file, change: kind } of change.paths) {
        if (isTeamFile(file)) {
            const deleted = kind === "deleted";
            const team = teamNameOf(file, deleted ? await change.oldText(file) : readOrUndefined(readText, path.resolve(options.projectDir, file)));
            select({ team, file, stack: teamStackName(team, options.stackPrefix), action: deleted ? "destroy" : "deploy", reason: `team file ${kind}` });
        } else if (isShared(file)) {
            shared.push(file);
        } else {
            const settings = STACK_SETTINGS.exec(file);
            if (settings) settingsOf.add(settings[1]);
        }
    }
    if (shared.length > 0 || settingsOf.size > 0) {
        const because = `shared file changed: ${shared.slice(0, 3).join(", ")}${shared.length > 3 ? ` and ${shared.length - 3} more` : ""}`;
        for (const stack of allTeamStacks(options, readText, because)) {
            if (shared.length > 0) select(stack);
            else if (settingsOf.has(stack.stack)) select({ ...stack, reason: `stack settings changed: Pulumi.${stack.stack}.yaml` });
        }
    }
    return [...selected.values()].sort((a, b) => a.stack.localeCompare(b.stack));
}
