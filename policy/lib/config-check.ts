// What a policy config may name: the pack's policies (and `all`), and for each policy its level and
// the settings it declares. The engine checks declared settings against their schemas, but passes
// other keys and other policy names through to the pack, where a typo would silently leave a
// default in force; this check names each of them.
import type { Policies } from "@pulumi/policy";
import { closest } from "./did-you-mean";

/** Policy name → its config (`enforcementLevel` may be among the keys or already taken out). */
export type PolicyConfigByName = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** One line per undeclared policy name or key, sorted; none when the config names only what the pack declares. */
export function undeclaredConfig(policies: Policies, config: PolicyConfigByName): string[] {
    const policyNames = policies.map((p) => p.name);
    const problems: string[] = [];
    for (const [name, settings] of Object.entries(config)) {
        const policy = policies.find((p) => p.name === name);
        if (policy === undefined && name !== "all") {
            problems.push(`unknown policy ${JSON.stringify(name)}${suggestion(name, policyNames)}; the pack's policies: all, ${policyNames.join(", ")}`);
            continue;
        }
        const allowed = ["enforcementLevel", ...Object.keys(policy?.configSchema?.properties ?? {})];
        for (const key of Object.keys(settings).filter((k) => !allowed.includes(k))) {
            problems.push(`${name}: unknown key ${JSON.stringify(key)}${suggestion(key, allowed)}; allowed keys: ${allowed.join(", ")}`);
        }
    }
    return problems.sort().map((problem) => `policy config: ${problem}`);
}

function suggestion(word: string, candidates: readonly string[]): string {
    const match = closest(word, candidates);
    return match === undefined ? "" : ` (did you mean ${JSON.stringify(match)}?)`;
}
