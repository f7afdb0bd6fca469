// The four calls of a SageMaker record (a user profile, a space), in the API's names, with the
// outcomes of calls.ts (absent, exists, gone) and errors that say which call failed on what. A
// record is addressed by its domain and its name member, and its operations are named after it
// (DescribeUserProfile, CreateSpace, …).
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { createOrExists, deleteOrGone, describeOrAbsent } from "./calls";
import { withFailureContext } from "./errors";
import { resourceId } from "./resource-id";

/** A record as its Describe call answers it. */
export type Described = { Status?: string; FailureReason?: string } & Record<string, unknown>;

export interface RecordCalls {
    describe(client: SageMakerClient, domainId: string, name: string): Promise<Described | undefined>;
    /** "exists" when one of that name (in any letter case) is there already. */
    create(client: SageMakerClient, request: Record<string, unknown>): Promise<"created" | "exists">;
    update(client: SageMakerClient, request: Record<string, unknown>): Promise<void>;
    /** "gone" when there was none to delete. */
    delete(client: SageMakerClient, domainId: string, name: string): Promise<"deleting" | "gone">;
}

type Command = Parameters<SageMakerClient["send"]>[0];
/** An SDK command class; each takes its own input type, which the record type's table pairs with the right members. */
type CommandClass = new (input: never) => object;

export interface RecordType {
    /** The API's name of the resource: "UserProfile", "Space". */
    readonly resource: string;
    /** How messages name one: "user profile". */
    readonly noun: string;
    /** The request member that holds its name: "UserProfileName". */
    readonly nameMember: string;
    readonly commands: { readonly describe: CommandClass; readonly create: CommandClass; readonly update: CommandClass; readonly delete: CommandClass };
}

export function recordCalls(type: RecordType): RecordCalls {
    const subject = (domainId: unknown, name: unknown) => `${type.noun} ${resourceId(String(domainId), String(name))}`;
    const send = (client: SageMakerClient, command: CommandClass, input: Record<string, unknown>) => client.send(new command(input as never) as Command) as Promise<unknown>;
    const key = (domainId: string, name: string) => ({ DomainId: domainId, [type.nameMember]: name });
    return {
        describe: (client, domainId, name) =>
            describeOrAbsent(`Describe${type.resource}`, subject(domainId, name), () => send(client, type.commands.describe, key(domainId, name)) as Promise<Described>),
        create: (client, request) =>
            createOrExists(`Create${type.resource}`, subject(request.DomainId, request[type.nameMember]), () => send(client, type.commands.create, request)),
        update: async (client, request) => {
            await withFailureContext(`Update${type.resource}`, subject(request.DomainId, request[type.nameMember]), () => send(client, type.commands.update, request));
        },
        delete: (client, domainId, name) => deleteOrGone(`Delete${type.resource}`, subject(domainId, name), () => send(client, type.commands.delete, key(domainId, name))),
    };
}
