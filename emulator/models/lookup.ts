import { resourceNotFound } from "../protocol/errors";
import type { BackendContext } from "./context";
import { recordAt } from "./record-store";
import type { StudioRecord } from "./records";
import type { ResourceKind } from "./resource-kind";

export function findRecord<R extends StudioRecord, I>(context: BackendContext, kind: ResourceKind<R, I>, identity: I): R | undefined {
    return recordAt(kind.records(context.state), kind.key(identity));
}

/** The record a Describe, Update or Delete names; ResourceNotFound naming its ARN if there is none. */
export function requireRecord<R extends StudioRecord, I>(context: BackendContext, kind: ResourceKind<R, I>, identity: I): R {
    const record = findRecord(context, kind, identity);
    if (!record) throw resourceNotFound(`${kind.noun} [${kind.arn(context, identity)}] does not exist.`);
    return record;
}

/** A record that a create names as the new one's owner (a space's profile, an app's profile or space). */
export function requireMember<R extends StudioRecord, I extends { domainId: string }>(
    context: BackendContext,
    kind: ResourceKind<R, I>,
    identity: I,
): R {
    const record = findRecord(context, kind, identity);
    if (!record) throw resourceNotFound(`${kind.noun} ${kind.nameOf(identity)} does not exist in Domain ${identity.domainId}.`);
    return record;
}
