// A member who changed team, renamed in the destination stack's state: each of their resources
// takes the URN the destination team's program registers it under, with that team's component as
// parent, and every reference to it follows. The renamed entries go last, after their new parent.
import type { MemberMove } from "./move-plan";
import { STUDIO_TEAM_TYPE } from "../../../components/studio-team-type";
import { formatUrn, parseUrn, resourcesOf, type StackState, type StateResource } from "./stack-state";

export interface Rename {
    from: string;
    to: string;
}

/**
 * Where the member's resources stand in the destination's state, and where they belong: after
 * `pulumi state move` under the destination's root (their parent did not move with them); within
 * one stack, where they were.
 */
export function memberRenames(plan: MemberMove, destStack: string, crossStack: boolean): Rename[] {
    return plan.resources.map((resource) => {
        const { project } = parseUrn(resource.urn);
        return {
            from: crossStack ? formatUrn({ stack: destStack, project, typeChain: resource.type, name: resource.name }) : resource.urn,
            to: formatUrn({ stack: destStack, project, typeChain: `${STUDIO_TEAM_TYPE}$${resource.type}`, name: resource.newName }),
        };
    });
}

export function renamed(state: StackState, renames: readonly Rename[], parent: string): StackState {
    const to = new Map(renames.map((r) => [r.from, r.to]));
    const present = new Set(resourcesOf(state).map((r) => r.urn));
    const missing = renames.filter((r) => !present.has(r.from));
    if (missing.length > 0) throw new Error(`the state has no ${missing.map((r) => r.from).join(", ")}`);
    const follow = (urn: string) => to.get(urn) ?? urn;
    const rewrite = (resource: StateResource): StateResource => ({
        ...resource,
        urn: follow(resource.urn),
        ...(to.has(resource.urn) ? { parent } : resource.parent ? { parent: follow(resource.parent) } : {}),
        ...(resource.dependencies ? { dependencies: resource.dependencies.map(follow) } : {}),
        ...(resource.propertyDependencies
            ? { propertyDependencies: Object.fromEntries(Object.entries(resource.propertyDependencies).map(([key, urns]) => [key, urns.map(follow)])) }
            : {}),
        ...(resource.deletedWith ? { deletedWith: follow(resource.deletedWith) } : {}),
    });
    const resources = resourcesOf(state);
    const staying = resources.filter((r) => !to.has(r.urn)).map(rewrite);
    const moving = resources.filter((r) => to.has(r.urn)).map(rewrite);
    return { ...state, deployment: { ...state.deployment, resources: [...staying, ...moving] } };
}
