// The summary reads back what the provider prints during preview. The texts come from the
// provider's own code here (its adoption review against sagemaker-local, its kept-setting
// warning), so that a change of wording there fails this test instead of going unnoticed.
import * as assert from "assert";
import { CreateSpaceCommand, CreateUserProfileCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { providerNotes, type DiagnosticLine } from "../../cli/summary/provider-notes";
import type { SageMakerLocal } from "../../emulator";
import type { UserProfileInputs } from "../../model/profile/profile-properties";
import type { SpaceInputs } from "../../model/space/space-properties";
import { keptSettingWarning } from "../../provider/lifecycle/kept-settings";
import { OWNER_PROPERTY, OWNER_TAG } from "../../gateway/ownership";
import { SPACE } from "../../provider/kinds/space";
import { USER_PROFILE } from "../../provider/kinds/user-profile";
import { check } from "../../provider/lifecycle/check";
import { configureProviderFor } from "../support/in-process-provider";
import { DOMAIN, emulatorClient, startEmulator } from "../support/profiles-stack";

const OLD_ROLE = "arn:aws:iam::123456789012:role/HandMade";
const SG = "sg-0123456789abcdef0";

/** What the provider prints while `run` runs, as the engine relays it: one diagnostic per line, stderr as info#err. */
async function printed(run: () => Promise<unknown>): Promise<DiagnosticLine[]> {
    const lines: DiagnosticLine[] = [];
    const { log, warn } = console;
    const capture = (stream: string) => (...args: unknown[]) => {
        for (const text of args.join(" ").split("\n")) lines.push({ stream, text });
    };
    console.log = capture("info");
    console.warn = capture("info#err");
    try {
        await run();
    } finally {
        Object.assign(console, { log, warn });
    }
    return lines;
}

describe("sagemaker-studio summary: the provider's words", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;

    before(async () => {
        emulator = await startEmulator(0);
        client = emulatorClient(emulator);
        configureProviderFor(emulator);
    });

    after(() => emulator?.stop());

    it("reads an adoption review, old → new, and the settings the adopted profile keeps", async () => {
        await client.send(
            new CreateUserProfileCommand({
                DomainId: DOMAIN,
                UserProfileName: "reviewed",
                Tags: [{ Key: "legacy", Value: "yes" }, { Key: "cost center", Value: "1" }],
                UserSettings: { ExecutionRole: OLD_ROLE, SecurityGroups: [SG] },
            }),
        );
        const news = { domainId: DOMAIN, userProfileName: "reviewed", adopt: true, tags: { "cost center": "2", team: "cv" }, userSettings: {} } as UserProfileInputs;
        const lines = await printed(() => check(USER_PROFILE, {}, news as unknown as Record<string, unknown>));
        assert.deepStrictEqual(providerNotes(lines), [
            {
                kind: "adoption",
                resource: "profile",
                id: `${DOMAIN}/reviewed`,
                takeover: false,
                changes: [
                    { path: "userSettings.securityGroups", from: `["${SG}"]`, to: undefined },
                    { path: "tags.legacy", from: '"yes"', to: undefined },
                    { path: 'tags["cost center"]', from: '"1"', to: '"2"' },
                    { path: "tags.team", from: undefined, to: '"cv"' },
                ],
            },
            {
                kind: "kept",
                resource: "profile",
                id: `${DOMAIN}/reviewed`,
                path: "userSettings.executionRole",
                text: `is no longer set in the program, but SageMaker keeps "${OLD_ROLE}" (a profile cannot go back to having no role of its own); write the role the profile should use (for example the domain's default execution role)`,
            },
        ]);
    });

    it("reads an adoption that changes nothing, taken over from another stack", async () => {
        await client.send(
            new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "matching", Tags: [{ Key: OWNER_TAG, Value: "another-stacks-token" }], UserSettings: { ExecutionRole: OLD_ROLE } }),
        );
        const news = { domainId: DOMAIN, userProfileName: "matching", adopt: "takeover", userSettings: { executionRole: OLD_ROLE }, [OWNER_PROPERTY]: "this-stacks-token" } as unknown as UserProfileInputs;
        const lines = await printed(() => check(USER_PROFILE, {}, news as unknown as Record<string, unknown>));
        assert.deepStrictEqual(providerNotes(lines), [{ kind: "adoption", resource: "profile", id: `${DOMAIN}/matching`, takeover: true, changes: [] }]);
    });

    it("reads the warning the diff prints for a setting SageMaker keeps", () => {
        const kept = { path: ["StudioWebPortal"], value: "ENABLED", why: "the API has no value for 'not set'", instead: "write studioWebPortal: ENABLED or DISABLED" };
        const lines = [{ stream: "info#err", text: `warning: ${keptSettingWarning(`${DOMAIN}/alice`, kept)}` }];
        assert.deepStrictEqual(providerNotes(lines), [
            {
                kind: "kept",
                resource: "profile",
                id: `${DOMAIN}/alice`,
                path: "userSettings.studioWebPortal",
                text: `is no longer set in the program, but SageMaker keeps "ENABLED" (the API has no value for 'not set'); write studioWebPortal: ENABLED or DISABLED`,
            },
        ]);
    });

    it("reads a space's adoption review and the space settings it keeps", async () => {
        await client.send(
            new CreateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: "lab-shared",
                SpaceSharingSettings: { SharingType: "Shared" },
                SpaceSettings: { AppType: "JupyterLab", JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } } },
                Tags: [{ Key: "team", Value: "old" }],
            }),
        );
        const news = {
            domainId: DOMAIN,
            spaceName: "lab-shared",
            adopt: true,
            spaceSharingSettings: { sharingType: "Shared" },
            spaceSettings: { appType: "JupyterLab" },
            tags: { team: "cv" },
        } as SpaceInputs;
        const lines = await printed(() => check(SPACE, {}, news as unknown as Record<string, unknown>));
        const notes = providerNotes(lines);
        assert.deepStrictEqual(notes[0], { kind: "adoption", resource: "space", id: `${DOMAIN}/lab-shared`, takeover: false, changes: [{ path: "tags.team", from: '"old"', to: '"cv"' }] });
        assert.deepStrictEqual(
            notes.slice(1).map((n) => [n.kind, n.resource, n.id, n.kind === "kept" ? n.path : ""]),
            [["kept", "space", `${DOMAIN}/lab-shared`, "spaceSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType"]],
            JSON.stringify(lines),
        );
    });

    it("keeps a review's lines together while other output comes between them on the other stream", () => {
        const lines = [
            { stream: "info#err", text: `warning: user profile ${DOMAIN}/bob: adopting the existing profile; up will change what the program does not say:` },
            { stream: "info", text: `user profile ${DOMAIN}/carol: adopting the existing profile; it already matches the program, so up only adds this stack's owner tag` },
            { stream: "info#err", text: '    tags["a: b"]: "x → y" → (removed)' },
            { stream: "info#err", text: '    userSettings.executionRole: "arn:aws:iam::123456789012:role/aaaa… (250 characters) → "arn:b"' },
            { stream: "info#err", text: "something else the provider says" },
            { stream: "info#err", text: '    userSettings.securityGroups: [] → ["sg-1"]' },
        ];
        assert.deepStrictEqual(providerNotes(lines), [
            {
                kind: "adoption",
                resource: "profile",
                id: `${DOMAIN}/bob`,
                takeover: false,
                changes: [
                    { path: 'tags["a: b"]', from: '"x → y"', to: undefined },
                    { path: "userSettings.executionRole", from: '"arn:aws:iam::123456789012:role/aaaa… (250 characters)', to: '"arn:b"' },
                ],
            },
            { kind: "adoption", resource: "profile", id: `${DOMAIN}/carol`, takeover: false, changes: [] },
        ]);
    });
});
