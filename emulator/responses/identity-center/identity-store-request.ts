import type { IdentityStoreContext } from "../../models/identity-center/context";
import { requireIdentityStore } from "../../models/identity-center/identifiers";
import { validateIdentityStoreRequest } from "../../validation/identity-center-validation";
import { requiredString, type Input } from "../operation";

/** Every identity store request must fit its operation's input shape and name the account's store. */
export function checkIdentityStoreRequest(operation: string, input: Input, context: IdentityStoreContext): void {
    validateIdentityStoreRequest(operation, input);
    requireIdentityStore(context, requiredString(input, "IdentityStoreId"));
}
