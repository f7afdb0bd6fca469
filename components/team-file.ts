// Team files (YAML, or JSON, which YAML reads too): parsed with positions,
// checked against schemas/team.schema.json, then judged like any team spec.
// Every problem is reported as file:line:column: path: reason.
import * as fs from "fs";
import * as path from "path";
import Ajv, { type ErrorObject } from "ajv";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from "yaml";
import { closestMatch } from "../model/suggest";
import { quoteValue } from "../model/quote";
import teamSchema from "../schemas/team.schema.json";
import { formatProblem, TeamSpecError, type SpecPath, type TeamProblem } from "./team-problems";
import { MAX_TEAM_MEMBERS, type TeamSpec } from "./team-spec";
import { tooManyMembers, validateTeam } from "./validate-team";

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

let compiled: ReturnType<Ajv["compile"]> | undefined;

function schemaValidator(): ReturnType<Ajv["compile"]> {
    // verbose: errors carry their schema, for "did you mean" suggestions.
    compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(teamSchema);
    return compiled;
}

/** Reads a team file; throws a TeamSpecError listing every problem with its file:line:column. */
export function loadTeamFile(file: string): TeamSpec {
    const text = fs.readFileSync(file, "utf8");
    return parseTeamFile(text, file);
}

/** Parses team-file text; `file` names it in messages. */
export function parseTeamFile(text: string, file: string): TeamSpec {
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
    const at = (problem: TeamProblem): string => `${file}:${position(doc, lineCounter, problem.path)}: ${formatProblem(problem)}`;
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
    const memberList = (value as { members?: unknown } | null)?.members;
    if (Array.isArray(memberList) && memberList.length > MAX_TEAM_MEMBERS) {
        // Judged before the schema, which would otherwise check every one of them.
        const problem = tooManyMembers(memberList.length);
        throw new TeamSpecError(teamName, [problem], [at(problem)]);
    }

    const validate = schemaValidator();
    if (!validate(value)) {
        const problems = schemaProblems(validate.errors ?? []);
        throw new TeamSpecError(teamName, problems, problems.map(at));
    }
    const spec = value as TeamSpec;
    const problems = validateTeam(spec);
    if (problems.length > 0) {
        throw new TeamSpecError(teamName, problems, problems.map(at));
    }
    return spec;
}

/** Ajv's errors as team problems, without the noise of the `null` alternative every setting allows. */
function schemaProblems(errors: ErrorObject[]): TeamProblem[] {
    const problems: TeamProblem[] = [];
    const seen = new Set<string>();
    for (const error of errors) {
        if (error.keyword === "anyOf" || (error.keyword === "type" && error.params.type === "null")) {
            continue;
        }
        const where: SpecPath = error.instancePath
            .split("/")
            .slice(1)
            .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        let reason = error.message ?? "is invalid";
        if (error.keyword === "additionalProperties") {
            const extra = String(error.params.additionalProperty);
            const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
            const guess = closestMatch(extra, known);
            where.push(extra);
            reason = `is not a known property${guess ? `; did you mean ${guess}?` : ""}`;
        } else if (error.keyword === "enum") {
            const allowed = (error.params.allowedValues as unknown[]).map(String);
            const guess = closestMatch(String(error.data), allowed);
            reason = `${quoteValue(error.data)} is not one of the allowed values${guess ? `; did you mean ${guess}?` : ""}`;
        } else if (error.keyword === "required") {
            where.push(String(error.params.missingProperty));
            reason = "is required";
        }
        const key = JSON.stringify([where, reason]);
        if (!seen.has(key)) {
            seen.add(key);
            problems.push({ path: where, reason });
        }
    }
    return problems;
}

/** line:column of the deepest node of `where` present in the document. */
function position(doc: Document, lineCounter: LineCounter, where: SpecPath): string {
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
    const pos = lineCounter.linePos(offset);
    return `${pos.line}:${pos.col}`;
}
