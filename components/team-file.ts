// Team files (YAML, or JSON, which YAML reads too): parsed with positions, then judged like
// any team spec (team-validation.ts: the schema and the members together). Every problem is
// reported as file:line:column: path: reason.
import * as fs from "fs";
import * as path from "path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from "yaml";
import { formatProblem, TeamSpecError, type SpecPath, type TeamProblem } from "./team-problems";
import type { TeamSpec } from "./team-spec";
import { judgeTeam, type TeamJudgement } from "./team-validation";

/** How many alias expansions a team file may make: plenty for defaults shared by anchors. */
const MAX_ALIAS_EXPANSIONS = 1000;

function firstAlias(doc: Document): Alias | undefined {
    let found: Alias | undefined;
    visit(doc, {
        Alias(_key, node) {
            found = node;
            return visit.BREAK;
        },
    });
    return found;
}

/** Problems of the file as a whole (YAML it cannot read), each line already placed at file:line:col. */
function fileError(teamName: string, lines: string[]): TeamSpecError {
    return new TeamSpecError(teamName, lines.map((l) => ({ path: [], reason: l })), lines);
}

/** Reads a team file; throws a TeamSpecError listing every problem with its file:line:column. */
export function loadTeamFile(file: string): TeamSpec {
    return readTeamFile(file).spec;
}

/** Parses team-file text; `file` names it in messages. */
export function parseTeamFile(text: string, file: string): TeamSpec {
    return judgeTeamFile(text, file).spec;
}

/** A judged team file: its spec, its judgement (each member's effective profile), and where in the file a path was written. */
export interface JudgedTeamFile {
    spec: TeamSpec;
    judgement: TeamJudgement;
    /** `file:line:col` of the deepest node of the path present in the file. */
    locate(path: SpecPath): string;
}

/** A team file's spec with its judgement, for StudioTeam.fromFile. */
export function readTeamFile(file: string): JudgedTeamFile {
    return judgeTeamFile(fs.readFileSync(file, "utf8"), file);
}

function judgeTeamFile(text: string, file: string): JudgedTeamFile {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    let teamName = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const pos = lineCounter.linePos(e.pos[0]);
            return `${file}:${pos.line}:${pos.col}: ${e.message.split("\n")[0]}`;
        });
        throw fileError(teamName, lines);
    }
    const placed = (problems: readonly TeamProblem[]) => placeInFile(file, problems, (problem) => position(doc, lineCounter, problem.path));
    let value: unknown;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    } catch (error) {
        // The yaml library refuses documents whose aliases expand beyond the count (a "billion
        // laughs" bomb) with a ReferenceError; name the first alias instead.
        const alias = firstAlias(doc);
        const where = alias?.range ? lineCounter.linePos(alias.range[0]) : { line: 1, col: 1 };
        throw fileError(teamName, [
            `${file}:${where.line}:${where.col}: ${alias ? `alias *${alias.source}: ` : ""}aliases expand to too much data (${error instanceof Error ? error.message : String(error)}); a team file may expand aliases at most ${MAX_ALIAS_EXPANSIONS} times`,
        ]);
    }
    const named = (value as { name?: unknown } | null)?.name;
    if (typeof named === "string") {
        teamName = named;
    }
    const judgement = judgeTeam(value);
    if (judgement.problems.length > 0) {
        const inOrder = placed(judgement.problems);
        throw new TeamSpecError(teamName, inOrder.map((p) => p.problem), inOrder.map((p) => p.line));
    }
    const locate = (where: SpecPath) => {
        const at = position(doc, lineCounter, where);
        return `${file}:${at.line}:${at.col}`;
    };
    return { spec: value as TeamSpec, judgement, locate };
}

/** The problems in the order of the file, each as `file:line:col: path: reason`. */
function placeInFile(file: string, problems: readonly TeamProblem[], locate: (problem: TeamProblem) => { line: number; col: number }) {
    return problems
        .map((problem) => ({ problem, at: locate(problem) }))
        .sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col)
        .map(({ problem, at }) => ({ problem, line: `${file}:${at.line}:${at.col}: ${formatProblem(problem)}` }));
}

/** line and column of the deepest node of `where` present in the document. */
function position(doc: Document, lineCounter: LineCounter, where: SpecPath): { line: number; col: number } {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of where) {
        if (isMap(node)) {
            const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
            if (!pair) break;
            offset = (pair.key as Node).range?.[0] ?? offset;
            node = pair.value;
        } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
            node = node.items[segment];
            offset = (node as Node).range?.[0] ?? offset;
        } else {
            break;
        }
    }
    return lineCounter.linePos(offset);
}
