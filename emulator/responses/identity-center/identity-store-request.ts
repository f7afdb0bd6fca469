import type { OperationName } from "../../../model/generated/identitystore-model";
import type { IdentityStoreContext } from "../../backend/identity-center/context";
import { requireIdentityStore } from "../../backend/identity-center/identifiers";
import { validateIdentityStoreRequest } from "../../validation/identity-center-validation";
import { requiredString, type Input } from "../operation";

/** Every identity store request must fit its operation's input shape and name the account's store. */
export function checkIdentityStoreRequest(operation: OperationName, input: Input, context: IdentityStoreContext): void {
    validateIdentityStoreRequest(operation, input);
    requireIdentityStore(context, requiredString(input, "IdentityStoreId"));
}
