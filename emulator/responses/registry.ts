import type { BackendContext } from "../models/context";
import { validateRequest } from "../validation/request-validation";
import type { Operation, ServiceOperations } from "./operation";
import { resourceOperations } from "./resource-operations";
import { APP_API } from "./resources/app";
import { DOMAIN_API } from "./resources/domain";
import { SPACE_API } from "./resources/space";
import { USER_PROFILE_API } from "./resources/user-profile";
import * as tags from "./tags";

/** The operations among the sources' members, by their `X-Amz-Target` name; a Map so no inherited name can dispatch. */
export function operationsIn<C>(sources: readonly object[]): ReadonlyMap<string, Operation<C>> {
    return new Map(
        sources
            .flatMap((source) => Object.entries(source))
            .filter(
                (entry): entry is [string, Operation<C>] =>
                    typeof entry[1] === "object" && entry[1] !== null && "handle" in entry[1],
            ),
    );
}

/** Every implemented SageMaker operation: each kind's from its table, and the tag operations. */
export const OPERATIONS = operationsIn<BackendContext>([
    resourceOperations(DOMAIN_API),
    resourceOperations(USER_PROFILE_API),
    resourceOperations(APP_API),
    resourceOperations(SPACE_API),
    tags,
]);

/** Every SageMaker request is checked against its operation's input shape first. */
export const SAGEMAKER: ServiceOperations<BackendContext> = {
    operations: OPERATIONS,
    checkRequest: (operation, input) => validateRequest(operation, input),
};
