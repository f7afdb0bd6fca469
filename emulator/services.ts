import type { BackendContext } from "./backend/context";
import { hasSsoApplication } from "./backend/domains";
import { IdentityCenterBackends } from "./backend/identity-center/backends";
import type { IdentityCenterContext } from "./backend/identity-center/context";
import type { SeedUser } from "./backend/identity-center/seed-users";
import { RegionBackends, type CallOptions } from "./backend/region-backends";
import type { SeedDomain } from "./backend/seed-domains";
import type { StateStore } from "./persistence/state-store";
import { IDENTITY_STORE_OPERATIONS, SSO_ADMIN_OPERATIONS } from "./responses/identity-center/registry";
import type { Input, Operation } from "./responses/operation";
import { OPERATIONS as SAGEMAKER_OPERATIONS } from "./responses/registry";

/** An operation bound to its service's backend. */
type BoundOperation = (input: Input, options: CallOptions) => unknown;

/** One awsJson 1.1 service on the shared endpoint. */
export interface ServiceEndpoint {
    operation(name: string): BoundOperation | undefined;
    /** The code of the service's own HTTP 500 answer. */
    internalErrorCode: string;
}

type Runner<C> = (options: CallOptions, mutates: boolean, call: (context: C) => unknown) => unknown;

function endpoint<C>(operations: ReadonlyMap<string, Operation<C>>, run: Runner<C>, internalErrorCode: string): ServiceEndpoint {
    return {
        operation(name) {
            const operation = operations.get(name);
            return operation && ((input, options) => run(options, operation.mutates, (context) => operation.handle(input, context)));
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
        ["SageMaker", endpoint<BackendContext>(SAGEMAKER_OPERATIONS, (options, mutates, call) => regions.run(options, mutates, call), "InternalFailure")],
        ["SWBExternalService", endpoint(SSO_ADMIN_OPERATIONS, runIdentityCenter, "InternalServerException")],
        ["AWSIdentityStore", endpoint(IDENTITY_STORE_OPERATIONS, runIdentityCenter, "InternalServerException")],
    ]);
}
