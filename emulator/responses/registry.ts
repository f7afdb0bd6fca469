import type { BackendContext } from "../backend/context";
import * as apps from "./apps";
import * as domains from "./domains";
import type { Operation } from "./operation";
import * as spaces from "./spaces";
import * as tags from "./tags";
import * as userProfiles from "./user-profiles";

/** The operations the modules export, by their `X-Amz-Target` name; a Map so no inherited name can dispatch. */
export function operationsIn<C>(modules: readonly object[]): ReadonlyMap<string, Operation<C>> {
    return new Map(
        modules
            .flatMap((module) => Object.entries(module))
            .filter(
                (entry): entry is [string, Operation<C>] =>
                    typeof entry[1] === "object" && entry[1] !== null && "handle" in entry[1],
            ),
    );
}

/** Every implemented SageMaker operation. */
export const OPERATIONS = operationsIn<BackendContext>([domains, userProfiles, apps, spaces, tags]);
