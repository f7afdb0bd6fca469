// The team stacks as Pulumi Kubernetes Operator `Stack` resources (pulumi.com/v1): one per team
// file, each the project in a git repository, its stack `<prefix><team>`, its config the base
// stack's with `teams` set to the team's file, refreshed and deployed again at a fixed interval
// even when no commit came (continuous reconciliation: drift is put back).
import YAML from "yaml";
import type { TeamStack } from "../stack-selection";

export interface OperatorOptions {
    repo: string;
    branch: string;
    /** The project's folder in the repository. */
    repoDir?: string;
    namespace: string;
    serviceAccount: string;
    /** The state backend (s3://…); the operator's default (Pulumi Cloud) when undefined. */
    backend?: string;
    resyncSeconds: number;
    /** The Kubernetes Secret holding PULUMI_CONFIG_PASSPHRASE and the base stack's secret config values. */
    secret: string;
}

/** The base stack's config as its settings file holds it: plain values, and the keys of secret ones. */
export interface BaseConfig {
    project: string;
    values: Record<string, unknown>;
    secretKeys: string[];
}

/** A Kubernetes Secret key for a config key (`sagemaker:endpoint` → `sagemaker.endpoint`). */
export function secretKeyFor(configKey: string): string {
    return configKey.replace(/[^-._a-zA-Z0-9]/g, ".");
}

/** A Kubernetes object name for a stack name (lower case, letters, digits and dashes). */
function objectName(stack: string): string {
    return stack.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);
}

function secretRef(secret: string, key: string) {
    return { type: "Secret", secret: { name: secret, key } };
}

function operatorStack(team: TeamStack, base: BaseConfig, options: OperatorOptions): Record<string, unknown> {
    const teamsKey = `${base.project}:teams`;
    const plain = Object.fromEntries(Object.entries(base.values).filter(([key]) => key !== teamsKey && key !== "teams"));
    return {
        apiVersion: "pulumi.com/v1",
        kind: "Stack",
        metadata: { name: objectName(team.stack), namespace: options.namespace, labels: { "app.kubernetes.io/part-of": "sagemaker-studio", "sagemaker-studio/team": objectName(team.team) } },
        spec: {
            serviceAccountName: options.serviceAccount,
            stack: team.stack,
            projectRepo: options.repo,
            ...(options.repoDir ? { repoDir: options.repoDir } : {}),
            branch: options.branch,
            ...(options.backend ? { backend: options.backend } : {}),
            refresh: true,
            continueResyncOnCommitMatch: true,
            resyncFrequencySeconds: options.resyncSeconds,
            destroyOnFinalize: false,
            envRefs: { PULUMI_CONFIG_PASSPHRASE: secretRef(options.secret, "PULUMI_CONFIG_PASSPHRASE") },
            config: { ...plain, [teamsKey]: team.file },
            ...(base.secretKeys.length > 0 ? { secretsRef: Object.fromEntries(base.secretKeys.map((key) => [key, secretRef(options.secret, secretKeyFor(key))])) } : {}),
        },
    };
}

export function operatorManifest(teams: readonly TeamStack[], base: BaseConfig, options: OperatorOptions): string {
    return teams.map((team) => YAML.stringify(operatorStack(team, base, options))).join("---\n");
}
