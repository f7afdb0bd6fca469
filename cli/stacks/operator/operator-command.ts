// `sagemaker-studio stacks operator TEAM_FILES --repo URL`: the Pulumi Kubernetes Operator manifest
// of the team stacks (operator-manifest.ts), for continuous reconciliation in a cluster instead of
// workflow runs.
import * as fs from "fs";
import { parseArgs } from "node:util";
import * as path from "path";
import YAML from "yaml";
import { UsageError } from "../../usage-error";
import { allTeamStacks } from "../stack-selection";
import { operatorManifest, secretKeyFor, type BaseConfig } from "./operator-manifest";

export const STACKS_OPERATOR_USAGE = `Usage: sagemaker-studio stacks operator TEAM_FILES --repo URL [--branch B] [--repo-dir DIR] [--stack-prefix P] [--base-stack NAME] [--backend URL] [--namespace NS] [--service-account NAME] [--secret NAME] [--resync-seconds N] [--cwd DIR]
  Prints a Pulumi Kubernetes Operator (v2) manifest: one pulumi.com/v1 Stack per team file, the
  project at --repo (--branch, default main; --repo-dir, its folder), the stack P<team name>, its
  config the base stack's settings file's (Pulumi.<base>.yaml) with \`teams\` set to its file, and
  refresh and up every --resync-seconds (default 3600) even without a new commit. PULUMI_CONFIG_PASSPHRASE
  and the base stack's secret config values come from the Secret --secret (default
  sagemaker-studio), whose keys standard error lists. The operator runs no policy pack: keep the
  pull-request preview as the gate.
  --backend URL        the state backend (s3://…); default: the operator's
  --namespace NS       default pulumi; --service-account NAME: the workspace's identity (default pulumi)`;

function baseConfig(projectDir: string, baseStack: string | undefined): BaseConfig {
    const project = String((YAML.parse(fs.readFileSync(path.join(projectDir, "Pulumi.yaml"), "utf8")) as { name?: unknown }).name);
    if (baseStack === undefined) return { project, values: {}, secretKeys: [] };
    const file = path.join(projectDir, `Pulumi.${baseStack}.yaml`);
    if (!fs.existsSync(file)) throw new Error(`--base-stack ${baseStack}: no settings file ${file}`);
    const config = ((YAML.parse(fs.readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null)?.config ?? {}) as Record<string, unknown>;
    const secret = (value: unknown) => JSON.stringify(value).includes('"secure"');
    return {
        project,
        values: Object.fromEntries(Object.entries(config).filter(([, value]) => !secret(value))),
        secretKeys: Object.entries(config).filter(([, value]) => secret(value)).map(([key]) => key),
    };
}

export async function stacksOperatorCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        options: {
            repo: { type: "string" },
            branch: { type: "string", default: "main" },
            "repo-dir": { type: "string" },
            "stack-prefix": { type: "string" },
            "base-stack": { type: "string" },
            backend: { type: "string" },
            namespace: { type: "string", default: "pulumi" },
            "service-account": { type: "string", default: "pulumi" },
            secret: { type: "string", default: "sagemaker-studio" },
            "resync-seconds": { type: "string", default: "3600" },
            cwd: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
    });
    const resyncSeconds = Number(values["resync-seconds"]);
    if (positionals.length === 0 || !values.repo || !Number.isInteger(resyncSeconds) || resyncSeconds < 60) {
        throw new UsageError(`stacks operator needs TEAM_FILES and --repo, and --resync-seconds a whole number of at least 60 (the operator's minimum)\n\n${STACKS_OPERATOR_USAGE}`);
    }
    const projectDir = values.cwd ?? process.cwd();
    const base = baseConfig(projectDir, values["base-stack"]);
    const teams = allTeamStacks({ teams: positionals, projectDir, stackPrefix: values["stack-prefix"] }, (file) => fs.readFileSync(file, "utf8"));
    process.stdout.write(
        operatorManifest(teams, base, {
            repo: values.repo,
            branch: values.branch,
            repoDir: values["repo-dir"],
            namespace: values.namespace,
            serviceAccount: values["service-account"],
            backend: values.backend,
            resyncSeconds,
            secret: values.secret,
        }),
    );
    const keys = ["PULUMI_CONFIG_PASSPHRASE", ...base.secretKeys.map(secretKeyFor)];
    process.stderr.write(`The Secret ${values.secret} in namespace ${values.namespace} holds: ${keys.join(", ")}\n`);
    return 0;
}
