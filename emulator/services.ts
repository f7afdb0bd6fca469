import type { BackendContext } from "./models/context";
import { IdentityCenterBackends } from "./models/identity-center/backends";
import type { IdentityCenterContext } from "./models/identity-center/context";
import type { SeedUser } from "./models/identity-center/seed-users";
import { hasSsoApplication } from "./models/kinds/domain";
import { RegionBackends, type CallOptions } from "./models/region-backends";
import type { SeedDomain } from "./models/seed-domains";
import type { StateStore } from "./persistence/state-store";
import { IDENTITY_STORE, SSO_ADMIN } from "./responses/identity-center/registry";
import type { Input, ServiceOperations } from "./responses/operation";
import { SAGEMAKER } from "./responses/registry";

/** An operation bound to its service's backend. */
type BoundOperation = (input: Input, options: CallOptions) => unknown;

/** One awsJson 1.1 service on the shared endpoint. */
export interface ServiceEndpoint {
    operation(name: string): BoundOperation | undefined;
    /** The code of the service's own HTTP 500 answer. */
    internalErrorCode: string;
}

type Runner<C> = (options: CallOptions, mutates: boolean, call: (context: C) => unknown) => unknown;

/** Every request is checked as its service requires before its operation sees it. */
function endpoint<C>(service: ServiceOperations<C>, run: Runner<C>, internalErrorCode: string): ServiceEndpoint {
    return {
        operation(name) {
            const operation = service.operations.get(name);
            return (
                operation &&
                ((input, options) =>
                    run(options, operation.mutates, (context) => {
                        service.checkRequest(name, input, context);
                        return operation.handle(input, context);
                    }))
            );
        },
        internalErrorCode,
    };
}

export interface ServiceSetup {
    store: StateStore;
    seedDomains: SeedDomain[];
    seedUsers: SeedUser[];
}

/**
 * The served services by `X-Amz-Target` prefix (each model's `targetPrefix`). Identity Center's
 * applications are those of SageMaker's SSO domains, in any region of the account.
 */
export function serviceEndpoints(setup: ServiceSetup): ReadonlyMap<string, ServiceEndpoint> {
    const regions = new RegionBackends(setup.store, setup.seedDomains);
    const identityCenter = new IdentityCenterBackends(setup.store, setup.seedUsers, (call, applicationArn) =>
        regions.someRegion(call.accountId, call.region, (state) => hasSsoApplication(state, applicationArn)),
    );
    const runIdentityCenter: Runner<IdentityCenterContext> = (options, mutates, call) => identityCenter.run(options, mutates, call);
    return new Map([
        ["SageMaker", endpoint<BackendContext>(SAGEMAKER, (options, mutates, call) => regions.run(options, mutates, call), "InternalFailure")],
        ["SWBExternalService", endpoint(SSO_ADMIN, runIdentityCenter, "InternalServerException")],
        ["AWSIdentityStore", endpoint(IDENTITY_STORE, runIdentityCenter, "InternalServerException")],
    ]);
}
