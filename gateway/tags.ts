// A resource's tags: read through the SDK's paginator, and brought from what it has to what the
// program wants with DeleteTags (as many keys a call as the API takes) and AddTags.
import { AddTagsCommand, DeleteTagsCommand, paginateListTags, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { MAX_TAG_KEYS_PER_DELETE } from "../model/schema/limits";
import { withFailureContext } from "./errors";

export type Tags = Record<string, string>;

/** Every tag of the resource, the owner tag included. */
export async function listTags(client: SageMakerClient, arn: string, profile: string): Promise<Tags> {
    const tags: Tags = {};
    await withFailureContext("ListTags", profile, async () => {
        for await (const page of paginateListTags({ client, pageSize: 100 }, { ResourceArn: arn })) {
            for (const t of page.Tags ?? []) {
                if (t.Key !== undefined) {
                    tags[t.Key] = t.Value ?? "";
                }
            }
        }
    });
    return tags;
}

/** Removes the tags `want` lacks and adds or changes the ones that differ. */
export async function syncTags(client: SageMakerClient, arn: string, profile: string, have: Tags, want: Tags): Promise<void> {
    const removed = Object.keys(have).filter((k) => !(k in want));
    const changed = Object.entries(want).filter(([k, v]) => have[k] !== v);
    for (let i = 0; i < removed.length; i += MAX_TAG_KEYS_PER_DELETE) {
        const keys = removed.slice(i, i + MAX_TAG_KEYS_PER_DELETE);
        await withFailureContext("DeleteTags", profile, () => client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: keys })));
    }
    if (changed.length > 0) {
        await withFailureContext("AddTags", profile, () =>
            client.send(new AddTagsCommand({ ResourceArn: arn, Tags: changed.map(([Key, Value]) => ({ Key, Value })) })),
        );
    }
}
