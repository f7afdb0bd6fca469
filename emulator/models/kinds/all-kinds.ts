import type { AnyResourceKind } from "../resource-kind";
import { APP } from "./app";
import { DOMAIN } from "./domain";
import { SPACE } from "./space";
import { USER_PROFILE } from "./user-profile";

/** Every SageMaker kind, in the order their records are settled and searched by ARN. */
export const ALL_KINDS: readonly AnyResourceKind[] = [DOMAIN, USER_PROFILE, SPACE, APP];
