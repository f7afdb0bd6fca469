// The base of this package's resources. Pulumi's `dynamic.Resource` stores, in the inputs and the
// outputs of every resource, its provider serialized by closure inspection: about 290 bytes of
// wrapper around one `require`. The dynamic-provider host only needs a module whose `handler()`
// returns the provider, so each resource stores that one line instead (63 bytes), naming the
// provider module of the installed package by a short exported path (package.json `exports`). The
// host loads it by package name from the node_modules of the project being run, as before; state
// written with the longer forms keeps working, since their `dist/provider/…` paths stay exported.
import * as pulumi from "@pulumi/pulumi";
import { PROVIDER_KEY } from "./state-keys";

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
