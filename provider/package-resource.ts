// The base of this package's resources. Pulumi's `dynamic.Resource` stores, in the inputs and the
// outputs of every resource, its provider serialized by closure inspection: about 290 bytes of
// wrapper around one `require`. The dynamic-provider host only needs a module whose `handler()`
// returns the provider, so each resource stores that one line instead (63 bytes), naming the
// provider module of the installed package by a short exported path (package.json `exports`). The
// host loads it by package name from the node_modules of the project being run, as before; state
// written with the longer forms keeps working, since their `dist/provider/…` paths stay exported.
import * as pulumi from "@pulumi/pulumi";
import { OWNER_PROPERTY, ownerToken, STACK_PROPERTY, stackLabel } from "../gateway/ownership";
import { PROVIDER_KEY } from "./lifecycle/state-keys";
import { limitStackTraces } from "./short-stack-traces";

/** The providers' exported paths (package.json `exports`), one per resource type. */
export type ProviderExport = "provider" | "space-provider" | "team-roster-provider";

/** The module source the host evaluates: `exports.handler = () => <the provider module>`. */
function providerSource(exported: ProviderExport): string {
    return `exports.handler=()=>require("pulumi-sagemaker-studio/${exported}")`;
}

/** A resource of type `pulumi-nodejs:dynamic/sagemaker:<type>`, served by the provider module exported as `exported`. */
export abstract class PackageResource extends pulumi.CustomResource {
    protected constructor(exported: ProviderExport, type: string, name: string, props: pulumi.Inputs, opts?: pulumi.CustomResourceOptions) {
        super(`pulumi-nodejs:dynamic/sagemaker:${type}`, name, { ...props, [PROVIDER_KEY]: providerSource(exported) }, opts);
    }
}

/**
 * A resource with a record in SageMaker: it carries its owner token (the tag that marks the record
 * as this resource's) and its stack label (the tag that names the stack to a person), and declares the outputs the service reports; registered with the stack
 * Pulumi records cut to the user's frames.
 */
export abstract class OwnedRecordResource extends PackageResource {
    protected constructor(exported: ProviderExport, type: string, name: string, args: object, outputs: readonly string[], opts?: pulumi.CustomResourceOptions) {
        const restoreStackTraces = limitStackTraces();
        try {
            super(
                exported,
                type,
                name,
                {
                    ...args,
                    [OWNER_PROPERTY]: ownerToken(pulumi.getProject(), pulumi.getStack(), name),
                    [STACK_PROPERTY]: stackLabel(pulumi.getProject(), pulumi.getStack()),
                    ...Object.fromEntries(outputs.map((key) => [key, undefined])),
                },
                opts,
            );
        } finally {
            restoreStackTraces();
        }
    }
}
