// A stack's UserProfiles and Spaces as views over their outputs, for stack rules.
import type { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import { ProfileView, USER_PROFILE_TYPE } from "./profile";
import type { ResourceView } from "./resource-view";
import { SPACE_TYPE, SpaceView } from "./space";

export function userProfilesOf(args: StackValidationArgs): { view: ProfileView; resource: PolicyResource }[] {
    return viewsOf(args, USER_PROFILE_TYPE, ProfileView);
}

export function spacesOf(args: StackValidationArgs): { view: SpaceView; resource: PolicyResource }[] {
    return viewsOf(args, SPACE_TYPE, SpaceView);
}

function viewsOf<V extends ResourceView>(args: StackValidationArgs, type: string, View: new (name: string, props: Record<string, unknown>) => V) {
    return args.resources.filter((r) => r.type === type).map((resource) => ({ view: new View(resource.name, resource.props), resource }));
}
