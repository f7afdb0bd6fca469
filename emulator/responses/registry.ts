import * as apps from "./apps";
import * as domains from "./domains";
import type { Operation } from "./operation";
import * as spaces from "./spaces";
import * as tags from "./tags";
import * as userProfiles from "./user-profiles";

/** Every implemented operation by its `X-Amz-Target` name; a Map so no inherited name can dispatch. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
    Object.entries({ ...domains, ...userProfiles, ...apps, ...spaces, ...tags }).filter(
        (entry): entry is [string, Operation] => typeof entry[1] === "object" && entry[1] !== null && "handle" in entry[1],
    ),
);
