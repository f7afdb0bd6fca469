import { MAX_TAGS } from "../../model/schema/limits";
import { validationError } from "../protocol/errors";
import type { BackendContext } from "./context";
import { ALL_KINDS } from "./kinds/all-kinds";
import type { StudioRecord, Tag } from "./records";

/** Finds the taggable record an ARN names (its name segments compare case-insensitively); a deleted app's row is not. */
export function resolveTaggable(context: BackendContext, resourceArn: string): StudioRecord {
    const wanted = resourceArn.toLowerCase();
    for (const kind of ALL_KINDS) {
        for (const record of Object.values(kind.records(context.state))) {
            if (record.arn.toLowerCase() === wanted && record.status !== kind.lifecycle.delete.success) return record;
        }
    }
    throw validationError(`Resource ${resourceArn} does not exist or is not taggable.`);
}

/** Tag keys must be unique within one request. */
export function requireUniqueKeys(tags: Tag[]): void {
    const seen = new Set<string>();
    for (const tag of tags) {
        if (seen.has(tag.Key)) throw validationError(`Tag keys must be unique per resource; duplicate key '${tag.Key}'.`);
        seen.add(tag.Key);
    }
}

/** Adds or overwrites by key, keeping the first position of an existing key. */
export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
    requireUniqueKeys(added);
    const merged = existing.map((tag) => ({ ...tag }));
    for (const tag of added) {
        const index = merged.findIndex((candidate) => candidate.Key === tag.Key);
        if (index >= 0) merged[index] = { ...tag };
        else merged.push({ ...tag });
    }
    if (merged.length > MAX_TAGS) {
        throw validationError(`A resource can have at most ${MAX_TAGS} tags; this request would leave ${merged.length}.`);
    }
    return merged;
}

export function removeTags(existing: Tag[], keys: string[]): Tag[] {
    const doomed = new Set(keys);
    return existing.filter((tag) => !doomed.has(tag.Key));
}
