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

export function providerOf(loadKind: () => ResourceKind): KindProvider {
    return {
        configure(req) {
            const { exitWhenEngineGone }: typeof import("./engine-gone") = require("./engine-gone");
            exitWhenEngineGone();
            configureProvider(req.config);
            return Promise.resolve();
        },
        check: (olds, news) =>
            reported(() => {
                const { check }: typeof import("./check") = require("./check");
                return check(loadKind(), olds, news);
            }),
        diff: (id, olds, news) =>
            reported(() => {
                const { diff }: typeof import("./diff") = require("./diff");
                return diff(loadKind(), id, olds, news);
            }),
        create: (inputs) =>
            reported(() => {
                const { create }: typeof import("./create") = require("./create");
                return create(loadKind(), inputs);
            }),
        read: (id, props) =>
            reported(() => {
                const { read }: typeof import("./read") = require("./read");
                return read(loadKind(), id, props);
            }),
        update: (id, olds, news) =>
            reported(() => {
                const { update }: typeof import("./update") = require("./update");
                return update(loadKind(), id, olds, news);
            }),
        delete: (id, props) =>
            reported(() => {
                const { deleteResource }: typeof import("./delete") = require("./delete");
                return deleteResource(loadKind(), id, props);
            }),
    };
}
