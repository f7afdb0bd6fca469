// The dynamic provider of UserProfile. This module's exports *are* the
// provider object (see user-profile.ts), so it stays small: each method
// loads its implementation on first use, in the provider process only.
import type * as pulumi from "@pulumi/pulumi";
import type { UserProfileInputs, UserProfileOutputs } from "./inputs";

type Config = Parameters<NonNullable<pulumi.dynamic.ResourceProvider["configure"]>>[0]["config"];

/* eslint-disable @typescript-eslint/no-var-requires */
const impl = () => require("./lifecycle") as typeof import("./lifecycle");

export function configure(req: { config: Config }): Promise<void> {
    (require("./settings") as typeof import("./settings")).configureFromStack(req.config);
    return Promise.resolve();
}

export async function check(olds: Partial<UserProfileInputs>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult> {
    return (require("./check") as typeof import("./check")).checkInputs(olds, news);
}

export async function diff(id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<pulumi.dynamic.DiffResult> {
    return (require("./diff") as typeof import("./diff")).diffProfile(id, olds, news);
}

export function create(inputs: UserProfileInputs): Promise<pulumi.dynamic.CreateResult> {
    return impl().createProfile(inputs);
}

export function read(id: string, props: UserProfileOutputs): Promise<pulumi.dynamic.ReadResult> {
    return impl().readProfile(id, props);
}

export function update(id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<pulumi.dynamic.UpdateResult> {
    return impl().updateProfile(id, olds, news);
}

// `delete` is a reserved word for a function declaration; export it under that name.
function deleteResource(id: string, props: UserProfileOutputs): Promise<void> {
    return impl().deleteProfile(id, props);
}
export { deleteResource as delete };
