// The dynamic provider of Space (see space.ts). Like provider.ts, this module's exports are the
// provider object and every space's state names its path (`pulumi-sagemaker-studio/dist/provider/
// space-provider.js`), so it stays at this path and stays small: each method loads its
// implementation on first use, in the provider process only, and converts the program's inputs to
// the API's names once (operations/spaces/desired-space.ts) before handing them down.
import type * as pulumi from "@pulumi/pulumi";
import type { SpaceInputs, SpaceOutputs } from "../model/space/space-properties";
import { reported, type ProviderConfig } from "./common/reported-errors";

export function configure(req: { config: ProviderConfig }): Promise<void> {
    const { exitWhenEngineGone }: typeof import("./common/engine-gone") = require("./common/engine-gone");
    exitWhenEngineGone();
    const { configureProvider }: typeof import("./common/reported-errors") = require("./common/reported-errors");
    configureProvider(req.config);
    return Promise.resolve();
}

export function check(olds: Partial<SpaceInputs>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult> {
    return reported(async () => {
        const { checkSpaceInputs }: typeof import("./space-check") = require("./space-check");
        const result = checkSpaceInputs(olds, news);
        if (result.failures && result.failures.length > 0) {
            return result;
        }
        // Judged from the inputs alone first; what needs the service only when that passed.
        const { checkSpaceWithService }: typeof import("./space-service-check") = require("./space-service-check");
        return { ...result, failures: await checkSpaceWithService(olds, result.inputs as SpaceInputs) };
    });
}

export function diff(id: string, olds: SpaceOutputs, news: SpaceInputs): Promise<pulumi.dynamic.DiffResult> {
    return reported(async () => {
        const { diffSpace }: typeof import("./space-diff") = require("./space-diff");
        return diffSpace(id, olds, news);
    });
}

export function create(inputs: SpaceInputs): Promise<pulumi.dynamic.CreateResult> {
    return reported(async () => {
        const { createSpaceResource }: typeof import("./operations/spaces/create") = require("./operations/spaces/create");
        const { desiredSpace }: typeof import("./operations/spaces/desired-space") = require("./operations/spaces/desired-space");
        return createSpaceResource(desiredSpace(inputs));
    });
}

export function read(id: string, props: SpaceOutputs): Promise<pulumi.dynamic.ReadResult> {
    return reported(async () => {
        const { readSpace }: typeof import("./operations/spaces/read") = require("./operations/spaces/read");
        return readSpace(id, props);
    });
}

export function update(id: string, olds: SpaceOutputs, news: SpaceInputs): Promise<pulumi.dynamic.UpdateResult> {
    return reported(async () => {
        const { updateSpaceResource }: typeof import("./operations/spaces/update") = require("./operations/spaces/update");
        const { desiredSpace }: typeof import("./operations/spaces/desired-space") = require("./operations/spaces/desired-space");
        return updateSpaceResource(olds, desiredSpace(news, id));
    });
}

// `delete` is a reserved word for a function declaration; export it under that name.
function deleteResource(id: string, props: SpaceOutputs): Promise<void> {
    return reported(async () => {
        const { deleteSpaceResource }: typeof import("./operations/spaces/delete") = require("./operations/spaces/delete");
        return deleteSpaceResource(id, props);
    });
}
export { deleteResource as delete };
