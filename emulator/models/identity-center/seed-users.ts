import { IDENTITYSTORE_MODEL } from "../../../model/identity-center-models";
import { formatAwsValidationMessage } from "../../../model/validation/aws-message";
import { validateShape } from "../../../model/validation/shape-validator";
import type { IdentityStoreContext } from "./context";
import { createGroup, GROUP } from "./groups";
import { createMembership, findMembership } from "./memberships";
import { findPrincipalByName } from "./principals";
import type { ExternalId } from "./records";
import { rejectReservedName } from "./reserved-names";
import { createUser, USER } from "./users";

/** `--seed-user alice[:ds-team]...`: an identity store user, and the groups (created when missing) it belongs to. */
export interface SeedUser {
    userName: string;
    groups: string[];
}

/** Seeded users and groups look provisioned from an external identity provider, which gives them an external id. */
const SEED_ISSUER = "sagemaker-local";

function checkName(shape: "UserName" | "GroupDisplayName", name: string, spec: string): void {
    const violations = validateShape(shape, name, { model: IDENTITYSTORE_MODEL });
    if (violations.length > 0) throw new Error(`Invalid seed user '${spec}': ${formatAwsValidationMessage(violations)}`);
}

export function parseSeedUser(spec: string): SeedUser {
    const [userName = "", ...groups] = spec.split(":");
    checkName("UserName", userName, spec);
    rejectReservedName("user", userName);
    for (const group of groups) {
        checkName("GroupDisplayName", group, spec);
        rejectReservedName("group", group);
    }
    return { userName, groups };
}

const externalId = (name: string): ExternalId[] => [{ Issuer: SEED_ISSUER, Id: name }];

/** Adds the seed users, groups and memberships the identity store does not have yet; true when it added any. */
export function plantSeedUsers(context: IdentityStoreContext, seeds: SeedUser[]): boolean {
    let planted = false;
    for (const seed of seeds) {
        let user = findPrincipalByName(context, USER, seed.userName);
        if (!user) {
            user = createUser(context, {
                name: seed.userName,
                attributes: {
                    DisplayName: seed.userName,
                    Name: { GivenName: seed.userName, FamilyName: seed.userName },
                    Emails: [{ Value: `${seed.userName}@example.com`, Type: "work", Primary: true }],
                },
                externalIds: externalId(seed.userName),
            });
            planted = true;
        }
        for (const displayName of seed.groups) {
            const group =
                findPrincipalByName(context, GROUP, displayName) ?? createGroup(context, { name: displayName, externalIds: externalId(displayName) });
            if (!findMembership(context, group.groupId, user.userId)) {
                createMembership(context, group.groupId, user.userId);
                planted = true;
            }
        }
    }
    return planted;
}
