// The team spec against schemas/team.schema.json (generated from team-spec.ts and the service
// model): the shape of the whole spec, unknown keys with "did you mean", wrong types and enums.
import Ajv, { type ErrorObject } from "ajv";
import { quoteValue } from "../model/quote";
import { closestMatch } from "../model/suggest";
import teamSchema from "../schemas/team.schema.json";
import type { SpecPath, TeamProblem } from "./team-problems";

let compiled: ReturnType<Ajv["compile"]> | undefined;

function schemaValidator(): ReturnType<Ajv["compile"]> {
    // verbose: errors carry their schema, for "did you mean" suggestions.
    compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(teamSchema);
    return compiled;
}

/** Every place where `value` does not fit the team schema. */
export function teamSchemaProblems(value: unknown): TeamProblem[] {
    const validate = schemaValidator();
    return validate(value) ? [] : schemaProblems(validate.errors ?? []);
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
