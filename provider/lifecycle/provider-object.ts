// The dynamic provider object of a kind: what the engine calls (configure, check, diff, create,
// read, update, delete), each step the one lifecycle of this folder run over the kind's
// description. The provider modules (provider.ts, …) are these objects, and every stack's state
// names their paths; so this module stays small and loads the lifecycle, the SDK and the kind on
// first use, in the provider process only. Errors reach the user once (reported-errors.ts).
import type * as pulumi from "@pulumi/pulumi";
import type { Inputs, Outputs, ResourceKind } from "./kind";
import { configureProvider, reported, type ProviderConfig } from "./reported-errors";

export interface KindProvider {
    configure(req: { config: ProviderConfig }): Promise<void>;
    check(olds: Inputs, news: Inputs): Promise<pulumi.dynamic.CheckResult>;
    diff(id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult>;
    create(inputs: Inputs): Promise<pulumi.dynamic.CreateResult>;
    read(id: string, props: Outputs): Promise<pulumi.dynamic.ReadResult>;
    update(id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.UpdateResult>;
    delete(id: string, props: Outputs): Promise<void>;
}

/** A step of the lifecycle over the kind, both loaded on the step's first call, its errors reported once. */
function lazy<A extends unknown[], R>(loadKind: () => ResourceKind, loadStep: () => (kind: ResourceKind, ...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => reported(() => loadStep()(loadKind(), ...args));
}

export function providerOf(loadKind: () => ResourceKind): KindProvider {
    return {
        configure(req) {
            const { exitWhenEngineGone }: typeof import("./engine-gone") = require("./engine-gone");
            exitWhenEngineGone();
            configureProvider(req.config);
            return Promise.resolve();
        },
        check: lazy(loadKind, () => (require("./check") as typeof import("./check")).check),
        diff: lazy(loadKind, () => (require("./diff") as typeof import("./diff")).diff),
        create: lazy(loadKind, () => (require("./create") as typeof import("./create")).create),
        read: lazy(loadKind, () => (require("./read") as typeof import("./read")).read),
        update: lazy(loadKind, () => (require("./update") as typeof import("./update")).update),
        delete: lazy(loadKind, () => (require("./delete") as typeof import("./delete")).deleteResource),
    };
}
