import type { IdentityCenterInstance } from "./instance";
import type { IdentityCenterState } from "./records";

/** What an identity store operation sees: the account's instance, its state and the clock. */
export interface IdentityStoreContext {
    instance: IdentityCenterInstance;
    state: IdentityCenterState;
    now: number;
}

/** sso-admin operations also need to know the applications, which SageMaker's SSO domains own. */
export interface IdentityCenterContext extends IdentityStoreContext {
    applicationExists(applicationArn: string): boolean;
}
