// The dynamic provider of UserProfile. This module's exports *are* the provider object (see
// user-profile.ts), and every stack's state names it (`pulumi-sagemaker-studio/dist/provider/
// provider.js`), so it stays at this path and stays small: each method loads its implementation
// on first use, in the provider process only, and converts the program's inputs to the API's
// names once (operations/desired-profile.ts) before handing them down.
import type * as pulumi from "@pulumi/pulumi";
import type { UserProfileInputs, UserProfileOutputs } from "../model/profile/profile-properties";
import { reported, type ProviderConfig } from "./common/reported-errors";

export function configure(req: { config: ProviderConfig }): Promise<void> {
    const { exitWhenEngineGone }: typeof import("./common/engine-gone") = require("./common/engine-gone");
    exitWhenEngineGone();
    const { configureProvider }: typeof import("./common/reported-errors") = require("./common/reported-errors");
    configureProvider(req.config);
    return Promise.resolve();
}

export function check(olds: Partial<UserProfileInputs>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult> {
    return reported(async () => {
        const { checkInputs }: typeof import("./check") = require("./check");
        const result = checkInputs(olds, news);
        if (result.failures && result.failures.length > 0) {
            return result;
        }
        // Judged from the inputs alone first; what needs the service only when that passed.
        const { checkWithService }: typeof import("./service-check") = require("./service-check");
        return { ...result, failures: await checkWithService(olds, result.inputs as UserProfileInputs) };
    });
}

export function diff(id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<pulumi.dynamic.DiffResult> {
    return reported(async () => {
        const { diffProfile }: typeof import("./diff") = require("./diff");
        return diffProfile(id, olds, news);
    });
}

export function create(inputs: UserProfileInputs): Promise<pulumi.dynamic.CreateResult> {
    return reported(async () => {
        const { createProfile }: typeof import("./operations/create") = require("./operations/create");
        const { desiredProfile }: typeof import("./operations/desired-profile") = require("./operations/desired-profile");
        return createProfile(desiredProfile(inputs));
    });
}

export function read(id: string, props: UserProfileOutputs): Promise<pulumi.dynamic.ReadResult> {
    return reported(async () => {
        const { readProfile }: typeof import("./operations/read") = require("./operations/read");
        return readProfile(id, props);
    });
}

export function update(id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<pulumi.dynamic.UpdateResult> {
    return reported(async () => {
        const { updateProfile }: typeof import("./operations/update") = require("./operations/update");
        const { desiredProfile }: typeof import("./operations/desired-profile") = require("./operations/desired-profile");
        return updateProfile(olds, desiredProfile(news, id));
    });
}

// `delete` is a reserved word for a function declaration; export it under that name.
function deleteResource(id: string, props: UserProfileOutputs): Promise<void> {
    return reported(async () => {
        const { deleteProfile }: typeof import("./operations/delete") = require("./operations/delete");
        return deleteProfile(id, props);
    });
}
export { deleteResource as delete };
