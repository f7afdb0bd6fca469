import type { AlternateIdentifier } from "../../models/identity-center/alternate-identifiers";
import type { IdentityStoreContext } from "../../models/identity-center/context";
import { identityStoreArn } from "../../models/identity-center/identifiers";
import { PRINCIPAL_REVISION, resolvePrincipal, type PrincipalKind } from "../../models/identity-center/principals";
import type { PrincipalRecord } from "../../models/identity-center/records";
import { requireIdentityCenterMembers } from "../../validation/identity-center-validation";
import type { Input, Operation } from "../operation";

/** What a user or a group adds on the wire to the operations they share. */
export interface PrincipalApi<R extends PrincipalRecord> {
    kind: PrincipalKind<R>;
    /** Members that the model leaves optional but an Identity Center identity store requires. */
    requiredMembers: readonly (readonly string[])[];
    create(input: Input, context: IdentityStoreContext): R;
}

/** Create<Noun> and Get<Noun>Id; both answer the store, the id and the ARN. */
export function principalOperations<R extends PrincipalRecord>(api: PrincipalApi<R>): Record<string, Operation<IdentityStoreContext>> {
    const { kind } = api;
    const named = (context: IdentityStoreContext, record: R) => ({
        IdentityStoreId: context.instance.identityStoreId,
        [`${kind.noun}Id`]: kind.idOf(record),
        [`${kind.noun}Arn`]: identityStoreArn(kind.resource, kind.idOf(record)),
    });
    return {
        [`Create${kind.noun}`]: {
            mutates: true,
            handle(input, context) {
                requireIdentityCenterMembers(input, api.requiredMembers);
                return { ...named(context, api.create(input, context)), Revision: PRINCIPAL_REVISION };
            },
        },
        [`Get${kind.noun}Id`]: {
            mutates: false,
            handle: (input, context) => named(context, resolvePrincipal(context, kind, input.AlternateIdentifier as AlternateIdentifier)),
        },
    };
}
