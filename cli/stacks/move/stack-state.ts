// A stack's state as `pulumi stack export` prints it, and the URNs in it: what a move reads to
// find a team's or a member's resources, and rewrites when a member changes team.

export interface StateResource {
    urn: string;
    type: string;
    parent?: string;
    inputs?: Record<string, unknown>;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    deletedWith?: string;
    [key: string]: unknown;
}

export interface StackState {
    version: number;
    deployment: { resources?: StateResource[]; [key: string]: unknown };
}

export interface Urn {
    stack: string;
    project: string;
    /** The parents' types and the resource's own, joined by `$`. */
    typeChain: string;
    name: string;
}

export function parseUrn(urn: string): Urn {
    const match = /^urn:pulumi:([^:]+)::([^:]+)::(.+?)::(.*)$/.exec(urn);
    if (!match) throw new Error(`not a Pulumi URN: ${urn}`);
    return { stack: match[1], project: match[2], typeChain: match[3], name: match[4] };
}

export function formatUrn(urn: Urn): string {
    return `urn:pulumi:${urn.stack}::${urn.project}::${urn.typeChain}::${urn.name}`;
}

export function resourcesOf(state: StackState): StateResource[] {
    return state.deployment.resources ?? [];
}

/** Every URN a resource names: its parent, its dependencies, the resource it is deleted with. */
export function referencesOf(resource: StateResource): string[] {
    return [
        ...(resource.parent ? [resource.parent] : []),
        ...(resource.dependencies ?? []),
        ...Object.values(resource.propertyDependencies ?? {}).flat(),
        ...(resource.deletedWith ? [resource.deletedWith] : []),
    ];
}
