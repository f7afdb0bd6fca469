// The base of this package's resources. Pulumi's `dynamic.Resource` stores, in the inputs and the
// outputs of every resource, its provider serialized by closure inspection: about 290 bytes of
// wrapper around one `require`. The dynamic-provider host only needs a module whose `handler()`
// returns the provider, so each resource stores that one line instead (80 bytes), naming the
// provider module of the installed package by its exported path. The host loads it by package name
// from the node_modules of the project being run, as before; state written with the long form
// keeps working, since both name the same exported paths.
import * as pulumi from "@pulumi/pulumi";
import { PROVIDER_KEY } from "./state-keys";

/** The module source the host evaluates: `exports.handler = () => <the provider module>`. */
function providerSource(fileInDistProvider: string): string {
    return `exports.handler=()=>require("pulumi-sagemaker-studio/dist/provider/${fileInDistProvider}")`;
}

/** A resource of type `pulumi-nodejs:dynamic/sagemaker:<type>`, served by `dist/provider/<file>`. */
export abstract class PackageResource extends pulumi.CustomResource {
    protected constructor(fileInDistProvider: string, type: string, name: string, props: pulumi.Inputs, opts?: pulumi.CustomResourceOptions) {
        super(`pulumi-nodejs:dynamic/sagemaker:${type}`, name, { ...props, [PROVIDER_KEY]: providerSource(fileInDistProvider) }, opts);
    }
}
