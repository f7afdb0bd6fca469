// create, read, update and delete of one user profile against the SageMaker API.
import {
    AddTagsCommand,
    CreateUserProfileCommand,
    DeleteTagsCommand,
    DeleteUserProfileCommand,
    DescribeDomainCommand,
    DescribeDomainResponse,
    DescribeUserProfileCommand,
    DescribeUserProfileResponse,
    ListTagsCommand,
    SageMakerClient,
    UpdateUserProfileCommand,
} from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { toApiValue, toPulumiValue } from "../model/names";
import { domainRules } from "./rules";
import { toCheckFailures } from "../model/validate";
import { sagemakerClient } from "./client";
import { deleteAppsAndSpaces, listBlockers } from "./cleanup";
import { durationSeconds } from "./durations";
import { describeFailure, isInUse, isNotFound, ProfileInitError } from "./errors";
import {
    DEFAULT_TIMEOUT_SECONDS,
    INPUT_PROPERTIES,
    parseProfileId,
    profileId,
    UserProfileInputs,
    UserProfileOutputs,
} from "./inputs";
import { OWNER_PROPERTY, OWNER_TAG, tagsWithOwner, withoutOwnerTag } from "./ownership";
import { planSettings } from "./settings-plan";
import { waitFor } from "./waiter";
import { warnOnce } from "./warnings";

type Tags = Record<string, string>;

/** The API-cased CreateUserProfile/UpdateUserProfile UserSettings of the program's settings. */
function apiSettings(inputs: UserProfileInputs): Record<string, unknown> | undefined {
    return inputs.userSettings === undefined
        ? undefined
        : (toApiValue("UserSettings", inputs.userSettings) as Record<string, unknown>);
}

async function call<T>(operation: string, profile: string, run: () => Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (err) {
        throw describeFailure(operation, profile, err);
    }
}

async function describeProfile(client: SageMakerClient, domainId: string, name: string): Promise<DescribeUserProfileResponse | undefined> {
    try {
        return await client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name }));
    } catch (err) {
        if (isNotFound(err)) {
            return undefined;
        }
        throw describeFailure("DescribeUserProfile", profileId(domainId, name), err);
    }
}

async function describeDomain(client: SageMakerClient, domainId: string, profile: string): Promise<DescribeDomainResponse> {
    try {
        return await client.send(new DescribeDomainCommand({ DomainId: domainId }));
    } catch (err) {
        if (isNotFound(err)) {
            const region = await client.config.region().catch(() => "the configured region");
            throw new Error(
                `Domain ${domainId} does not exist in ${region}, so user profile ${profile} cannot be created. ` +
                    `Check domainId and the region (sagemaker:region or aws:region).`,
            );
        }
        throw describeFailure("DescribeDomain", profile, err);
    }
}

/** The profile's tags as the program sees them (without the owner tag). */
async function readTags(client: SageMakerClient, arn: string, profile: string): Promise<Tags> {
    return withoutOwnerTag(await readAllTags(client, arn, profile));
}

async function readAllTags(client: SageMakerClient, arn: string, profile: string): Promise<Tags> {
    const tags: Tags = {};
    let next: string | undefined;
    do {
        const page = await call("ListTags", profile, () =>
            client.send(new ListTagsCommand({ ResourceArn: arn, NextToken: next, MaxResults: 100 })),
        );
        for (const t of page.Tags ?? []) {
            if (t.Key !== undefined) {
                tags[t.Key] = t.Value ?? "";
            }
        }
        next = page.NextToken;
    } while (next);
    return tags;
}

/** The outputs: the program's behaviour options and the profile as the service reports it. */
function outputsOf(inputs: UserProfileInputs, described: DescribeUserProfileResponse, tags: Tags): UserProfileOutputs {
    const out: UserProfileOutputs = {
        domainId: described.DomainId ?? inputs.domainId,
        userProfileName: described.UserProfileName ?? inputs.userProfileName,
        arn: described.UserProfileArn ?? "",
        status: described.Status ?? "",
    };
    const set = <K extends keyof UserProfileOutputs>(key: K, value: UserProfileOutputs[K] | undefined) => {
        if (value !== undefined) {
            out[key] = value;
        }
    };
    set("singleSignOnUserIdentifier", described.SingleSignOnUserIdentifier);
    set("singleSignOnUserValue", described.SingleSignOnUserValue);
    set("tags", Object.keys(tags).length > 0 || inputs.tags !== undefined ? tags : undefined);
    set("userSettings", described.UserSettings ? (toPulumiValue("UserSettings", described.UserSettings) as UserProfileOutputs["userSettings"]) : undefined);
    set("homeEfsFileSystemUid", described.HomeEfsFileSystemUid);
    set("creationTime", described.CreationTime?.toISOString());
    set("lastModifiedTime", described.LastModifiedTime?.toISOString());
    set("failureReason", described.FailureReason);
    set("adopt", inputs.adopt);
    set("deleteApps", inputs.deleteApps);
    set("timeouts", inputs.timeouts);
    return out;
}

/** Waits until the profile leaves Pending/Updating; fails with the service's FailureReason. */
async function waitForInService(client: SageMakerClient, inputs: UserProfileInputs, timeoutSeconds: number, verb: string) {
    const id = profileId(inputs.domainId, inputs.userProfileName);
    const outcome = await waitFor(
        client,
        {
            label: `user profile ${id}`,
            describe: () => describeProfile(client, inputs.domainId, inputs.userProfileName),
            judge: (p) => {
                switch (p?.Status) {
                    case "InService":
                        return { state: "done" };
                    case "Failed":
                    case "Update_Failed":
                    case "Delete_Failed":
                        return { state: "failed", reason: `${p.Status}: ${p.FailureReason ?? "no reason given"}` };
                    case undefined:
                        return { state: "failed", reason: "the profile disappeared" };
                    default:
                        return { state: "pending" };
                }
            },
            status: (p) => p?.Status ?? "gone",
        },
        timeoutSeconds,
    );
    if (outcome.state === "done" && outcome.value) {
        return outcome.value;
    }
    const why =
        outcome.state === "timeout"
            ? `did not become InService within ${timeoutSeconds}s (last status ${outcome.value?.Status ?? "unknown"}); raise timeouts.${verb === "creating" ? "create" : "update"} or run pulumi up again`
            : `${outcome.reason}`;
    const properties = outcome.value ? outputsOf(inputs, outcome.value, inputs.tags ?? {}) : { ...inputs };
    throw new ProfileInitError(`user profile ${id} ${verb === "creating" ? "was created but" : "was updated but"} ${why}. The next pulumi up retries.`, id, properties, inputs);
}

function tagList(tags: Tags | undefined) {
    return Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
}

/** Domain-dependent rules (SSO fields, VPC-only security groups), judged before anything is created. */
async function checkAgainstDomain(client: SageMakerClient, inputs: UserProfileInputs, id: string): Promise<void> {
    const domain = await describeDomain(client, inputs.domainId, id);
    const request = {
        DomainId: inputs.domainId,
        UserProfileName: inputs.userProfileName,
        SingleSignOnUserIdentifier: inputs.singleSignOnUserIdentifier,
        SingleSignOnUserValue: inputs.singleSignOnUserValue,
        UserSettings: apiSettings(inputs),
    };
    const failures = toCheckFailures(domainRules(request, domain));
    if (failures.length > 0) {
        throw new Error(
            `user profile ${id} does not fit domain ${inputs.domainId}: ` +
                failures.map((f) => `${f.property} ${f.reason}`).join("; "),
        );
    }
    if (domain.AuthMode === "SSO") {
        warnOnce(
            "sso-assignment",
            `Domain ${inputs.domainId} uses IAM Identity Center: profiles created through the API are not assigned to the ` +
                `domain's Identity Center application. Assign each user (or their group) to it, or they will see "Access Denied" when opening Studio.`,
        );
    }
}

/**
 * CreateUserProfile found a profile of that name. When it carries this resource's owner tag, an
 * earlier deployment was interrupted after creating it (the engine reports "interrupted while
 * creating" and forgets it): take it over, or, when it cannot become what the program says
 * (it is going away, failed, or has other SSO fields, which cannot change), delete it and create
 * again. Returns "foreign" for a profile this resource did not create, "create" to create again.
 */
async function recoverInterrupted(
    client: SageMakerClient,
    inputs: UserProfileInputs,
    id: string,
    owner: string,
): Promise<pulumi.dynamic.CreateResult | "foreign" | "create"> {
    const existing = await describeProfile(client, inputs.domainId, inputs.userProfileName);
    if (!existing) {
        return "create";
    }
    const tags = existing.UserProfileArn ? await readAllTags(client, existing.UserProfileArn, id) : {};
    if (tags[OWNER_TAG] !== owner) {
        return "foreign";
    }
    const ownedId = profileId(inputs.domainId, existing.UserProfileName ?? inputs.userProfileName);
    const sameSso =
        (existing.SingleSignOnUserIdentifier ?? "") === (inputs.singleSignOnUserIdentifier ?? "") &&
        (existing.SingleSignOnUserValue ?? "") === (inputs.singleSignOnUserValue ?? "");
    if (existing.Status === "Deleting") {
        console.log(`user profile ${ownedId}: an interrupted deployment was deleting it; creating it again once it is gone`);
        await waitForDeletion(client, ownedId, durationSeconds(inputs.timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete));
        return "create";
    }
    if (existing.Status === "Failed" || existing.Status === "Delete_Failed" || !sameSso) {
        console.log(`user profile ${ownedId}: an interrupted deployment left it ${existing.Status}; deleting it and creating it again`);
        await deleteProfile(ownedId, { ...inputs, arn: existing.UserProfileArn ?? "", status: existing.Status ?? "", deleteApps: false });
        return "create";
    }
    console.log(`user profile ${ownedId}: an interrupted deployment created it; taking it over`);
    return { id: ownedId, outs: await converge(client, ownedId, existing, inputs) };
}

export async function createProfile(inputs: UserProfileInputs): Promise<pulumi.dynamic.CreateResult> {
    const client = sagemakerClient();
    const id = profileId(inputs.domainId, inputs.userProfileName);
    await checkAgainstDomain(client, inputs, id);

    if (inputs.adopt) {
        const existing = await describeProfile(client, inputs.domainId, inputs.userProfileName);
        if (existing) {
            const adoptedId = profileId(inputs.domainId, existing.UserProfileName ?? inputs.userProfileName);
            console.log(`user profile ${adoptedId}: adopting the existing profile`);
            const outs = await converge(client, adoptedId, existing, inputs);
            return { id: adoptedId, outs };
        }
    }

    const owner = (inputs as unknown as Record<string, unknown>)[OWNER_PROPERTY];
    const request = new CreateUserProfileCommand({
        DomainId: inputs.domainId,
        UserProfileName: inputs.userProfileName,
        SingleSignOnUserIdentifier: inputs.singleSignOnUserIdentifier,
        SingleSignOnUserValue: inputs.singleSignOnUserValue,
        Tags: (() => {
            const tags = tagsWithOwner(inputs.tags, typeof owner === "string" ? owner : undefined);
            return tags === undefined ? undefined : tagList(tags);
        })(),
        UserSettings: apiSettings(inputs),
    });
    for (let attempt = 0; ; attempt++) {
        try {
            await client.send(request);
            break;
        } catch (err) {
            if (!isInUse(err)) {
                throw describeFailure("CreateUserProfile", id, err);
            }
            const recovered = attempt === 0 && typeof owner === "string" ? await recoverInterrupted(client, inputs, id, owner) : "foreign";
            if (recovered === "foreign") {
                throw new Error(
                    `A user profile named ${inputs.userProfileName} already exists in domain ${inputs.domainId} ` +
                        `(names are compared without regard to case). To manage it with this program, set adopt: true on the ` +
                        `resource and run pulumi up again (pulumi import cannot import dynamic resources).`,
                );
            }
            if (recovered !== "create") {
                return recovered;
            }
        }
    }
    // From here on the profile exists: every failure carries its id so it is recorded, never orphaned.
    try {
        const described = await waitForInService(client, inputs, durationSeconds(inputs.timeouts?.create, DEFAULT_TIMEOUT_SECONDS.create), "creating");
        const tags = described.UserProfileArn ? await readTags(client, described.UserProfileArn, id) : {};
        return { id, outs: outputsOf(inputs, described, tags) };
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, id, { ...inputs, status: "Unknown" }, inputs);
    }
}

/** Brings an existing profile (adopted, failed or drifted) to the program's settings and tags. */
async function converge(
    client: SageMakerClient,
    id: string,
    existingProfile: DescribeUserProfileResponse,
    inputs: UserProfileInputs,
): Promise<UserProfileOutputs> {
    let existing = existingProfile;
    if (existing.Status === "Pending" || existing.Status === "Updating") {
        // An earlier run was interrupted mid-operation: let it settle before changing anything.
        existing = await waitForInService(client, inputs, durationSeconds(inputs.timeouts?.update, DEFAULT_TIMEOUT_SECONDS.update), "updating");
    }
    const actual = outputsOf(inputs, existing, existing.UserProfileArn ? await readTags(client, existing.UserProfileArn, id) : {});
    return applyChanges(client, id, actual, inputs);
}

async function applyChanges(client: SageMakerClient, id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<UserProfileOutputs> {
    const { domainId, userProfileName } = parseProfileId(id);
    const target = { ...news, domainId, userProfileName };
    const plan = planSettings(apiSettings(news), olds.userSettings === undefined ? undefined : toApiValue("UserSettings", olds.userSettings));
    const failed = olds.status === "Update_Failed" || olds.status === "Failed";
    try {
        if (plan.changes.length > 0 || failed) {
            await call("UpdateUserProfile", id, () =>
                client.send(new UpdateUserProfileCommand({ DomainId: domainId, UserProfileName: userProfileName, UserSettings: plan.update })),
            );
        }
        for (const path of plan.unclearable) {
            console.log(
                `user profile ${id}: userSettings.${path.join(".")} is no longer set in the program; SageMaker keeps its current value because the API cannot unset it`,
            );
        }
        const arn = olds.arn;
        if (arn) {
            await syncTags(client, id, arn, olds.tags ?? {}, news.tags ?? {});
        }
        const described = await waitForInService(client, target, durationSeconds(news.timeouts?.update, DEFAULT_TIMEOUT_SECONDS.update), "updating");
        const tags = described.UserProfileArn ? await readTags(client, described.UserProfileArn, id) : {};
        return outputsOf(target, described, tags);
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, id, { ...olds }, news);
    }
}

async function syncTags(client: SageMakerClient, id: string, arn: string, have: Tags, want: Tags): Promise<void> {
    const removed = Object.keys(have).filter((k) => !(k in want));
    const changed = Object.entries(want).filter(([k, v]) => have[k] !== v);
    if (removed.length > 0) {
        for (let i = 0; i < removed.length; i += 50) {
            const keys = removed.slice(i, i + 50);
            await call("DeleteTags", id, () => client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: keys })));
        }
    }
    if (changed.length > 0) {
        await call("AddTags", id, () => client.send(new AddTagsCommand({ ResourceArn: arn, Tags: changed.map(([Key, Value]) => ({ Key, Value })) })));
    }
}

export async function readProfile(id: string, props: UserProfileOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = sagemakerClient();
    const { domainId, userProfileName } = parseProfileId(id);
    const described = await describeProfile(client, domainId, userProfileName);
    if (!described) {
        // Gone out of band: an empty id drops it from state.
        return { id: "" };
    }
    const tags = described.UserProfileArn ? await readTags(client, described.UserProfileArn, id) : {};
    const outs = outputsOf({ ...props, domainId, userProfileName }, described, tags);
    // The inputs become what the service has, so the next preview shows the drift and up corrects it.
    const inputs: UserProfileInputs = { domainId: outs.domainId, userProfileName: outs.userProfileName };
    for (const key of INPUT_PROPERTIES) {
        if (outs[key] !== undefined) {
            (inputs as unknown as Record<string, unknown>)[key] = outs[key];
        }
    }
    return { id, props: outs, inputs };
}

export async function updateProfile(id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<pulumi.dynamic.UpdateResult> {
    const client = sagemakerClient();
    const { domainId, userProfileName } = parseProfileId(id);
    const existing = await describeProfile(client, domainId, userProfileName);
    if (!existing) {
        throw new Error(`user profile ${id} no longer exists; run pulumi refresh to drop it from state, then pulumi up to create it again`);
    }
    if (existing.Status === "Failed") {
        // A profile whose creation failed cannot be updated: the documented remedy is delete and create.
        console.log(`user profile ${id}: creation had failed (${existing.FailureReason ?? "no reason given"}); deleting and creating it again`);
        await deleteProfile(id, { ...olds, deleteApps: false });
        const created = await createProfile({ ...news, domainId, userProfileName, adopt: false });
        const outs: UserProfileOutputs = { ...(created.outs as UserProfileOutputs) };
        delete outs.adopt;
        if (news.adopt !== undefined) {
            outs.adopt = news.adopt;
        }
        return { outs };
    }
    return { outs: await converge(client, id, existing, news) };
}

export async function deleteProfile(id: string, props: UserProfileOutputs): Promise<void> {
    const client = sagemakerClient();
    const { domainId, userProfileName } = parseProfileId(id);
    const timeout = durationSeconds(props.timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete);
    const deadline = Date.now() + timeout * 1000;

    const blockers = await listBlockers(client, domainId, userProfileName, id);
    if (blockers.apps.length + blockers.spaces.length > 0) {
        if (!props.deleteApps) {
            const listed = [
                ...blockers.apps.map((a) => `app ${a.AppType}/${a.AppName}${a.SpaceName ? ` in space ${a.SpaceName}` : ""} (${a.Status})`),
                ...blockers.spaces.map((s) => `private space ${s.SpaceName}`),
            ].join(", ");
            throw new Error(
                `user profile ${id} cannot be deleted while it has ${listed}. Set deleteApps: true on the resource ` +
                    `(and run pulumi up so state records it) to delete them first, or delete them yourself.`,
            );
        }
        await deleteAppsAndSpaces(client, domainId, userProfileName, id, blockers, deadline);
    }

    try {
        await client.send(new DeleteUserProfileCommand({ DomainId: domainId, UserProfileName: userProfileName }));
    } catch (err) {
        if (isNotFound(err)) {
            return;
        }
        throw describeFailure("DeleteUserProfile", id, err);
    }
    await waitForDeletion(client, id, Math.max(1, Math.round((deadline - Date.now()) / 1000)), timeout);
}

/** Waits until the profile is gone; fails on Delete_Failed or at the deadline. */
async function waitForDeletion(client: SageMakerClient, id: string, remaining: number, timeout = remaining): Promise<void> {
    const { domainId, userProfileName } = parseProfileId(id);
    const outcome = await waitFor(
        client,
        {
            label: `user profile ${id}`,
            describe: () => describeProfile(client, domainId, userProfileName),
            judge: (p) =>
                p === undefined
                    ? { state: "done" }
                    : p.Status === "Delete_Failed"
                      ? { state: "failed", reason: `Delete_Failed: ${p.FailureReason ?? "no reason given"}` }
                      : { state: "pending" },
            status: (p) => p?.Status ?? "gone",
        },
        remaining,
    );
    if (outcome.state === "failed") {
        throw new Error(`user profile ${id} could not be deleted: ${outcome.reason}. Fix the cause and run pulumi destroy (or up) again.`);
    }
    if (outcome.state === "timeout") {
        throw new Error(`user profile ${id} was still ${outcome.value?.Status ?? "present"} after ${timeout}s; raise timeouts.delete or run again.`);
    }
}
