// `sagemaker-studio summary` on hand-written events, for the cases a preview on the emulator
// cannot produce or that are shown more plainly one at a time.
import * as assert from "assert";
import type { DataLoss } from "../../cli/summary/data-loss";
import { readPreview } from "../../cli/summary/preview-reading";
import { renderSummary } from "../../cli/summary/summary-markdown";
const PROFILE_URN = "urn:pulumi:dev::studio::pulumi-nodejs:dynamic/sagemaker:UserProfile::";
const DOMAIN = "d-testdomain01";

const pre = (op: string, name: string, oldInputs?: object, newInputs?: object, keys?: string[]) =>
    JSON.stringify({
        resourcePreEvent: { metadata: { op, urn: PROFILE_URN + name, type: "pulumi-nodejs:dynamic/sagemaker:UserProfile", old: oldInputs && { inputs: oldInputs }, new: newInputs && { inputs: newInputs }, keys } },
    });
const policy = (urn: string, policyName: string, enforcementLevel: string, message: string) =>
    JSON.stringify({ policyEvent: { resourceUrn: urn, policyName, policyPackName: "sagemaker-studio-guard", enforcementLevel, message } });
const diagnostic = (message: string, severity = "info#err") => JSON.stringify({ diagnosticEvent: { message: `${message}\n\n`, color: "never", severity } });
const member = (name: string, extra: object = {}) => ({ domainId: DOMAIN, userProfileName: name, ...extra });
const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";
const SPACE_URN = `urn:pulumi:dev::studio::sagemaker:index:StudioTeam$${SPACE_TYPE}::`;
const spacePre = (op: string, name: string, old?: { inputs: object; outputs?: object }, newInputs?: object, keys?: string[]) =>
    JSON.stringify({ resourcePreEvent: { metadata: { op, urn: SPACE_URN + name, type: SPACE_TYPE, old, new: newInputs && { inputs: newInputs }, keys } } });
const privateSpace = (name: string, owner: string, extra: object = {}) => ({
    domainId: DOMAIN,
    spaceName: name,
    ownershipSettings: { ownerUserProfileName: owner },
    spaceSharingSettings: { sharingType: "Private" },
    spaceSettings: { appType: "JupyterLab" },
    ...extra,
});

describe("sagemaker-studio summary on hand-written events", () => {
    it("marks values unknown in preview and secrets, and notes rules that could not run", () => {
        const lines = [
            pre("update", "ml-eve", { userSettings: { executionRole: "arn:a" }, tags: { "cost center": "1" } },
                { userSettings: { executionRole: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }, tags: { "cost center": { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "2" } } }),
            policy(PROFILE_URN + "ml-eve", "sagemaker-userprofile-execution-role-allowed", "advisory",
                "can't run policy 'sagemaker-userprofile-execution-role-allowed' from policy pack 'sagemaker-studio-guard@v0.1.0' during preview: string value at .userSettings.executionRole can't be known during preview"),
        ];
        const markdown = renderSummary(readPreview([lines.join("\n")]));
        assert.ok(markdown.includes('| `tags["cost center"]` | `"1"` | _secret_ |'), markdown);
        assert.ok(markdown.includes('| `userSettings.executionRole` | `"arn:a"` | _known after apply_ |'), markdown);
        assert.ok(markdown.includes("- ⏳ **not checked in preview** `sagemaker-userprofile-execution-role-allowed`: string value at .userSettings.executionRole can't be known during preview; it is enforced at deploy"), markdown);
    });

    it("lists stack-level violations under the stack and teams, and unchanged members that violate", () => {
        const lines = [
            pre("same", "ml-fay", { userProfileName: "fay" }, { userProfileName: "fay" }),
            policy(PROFILE_URN + "ml-fay", "sagemaker-userprofile-required-tags", "mandatory", "A user profile must carry the required tags.\nmember \"fay\" (resource ml-fay): tags lack \"owner\"; required: \"owner\"."),
            policy("urn:pulumi:dev::studio::sagemaker:index:StudioTeam::ml", "sagemaker-team-gpu-quota", "advisory", "A team may give at most its quota.\nteam \"ml\": 3 members have a GPU app default, above its quota of 2."),
        ];
        const markdown = renderSummary(readPreview([lines.join("\n")]));
        assert.ok(markdown.includes("| `ml-fay` | unchanged | 0 | ❌ 1 |"), markdown);
        assert.ok(markdown.includes("### Stack and teams\n\n- ⚠️ **advisory** `sagemaker-team-gpu-quota`: team \"ml\": 3 members have a GPU app default, above its quota of 2. (`ml`)"), markdown);
        assert.ok(markdown.includes("**Policy:** 1 mandatory, 1 advisory."), markdown);
    });

    it("says so when nothing changes", () => {
        const markdown = renderSummary(readPreview([pre("same", "ml-gus", { a: 1 }, { a: 1 })]));
        assert.strictEqual(markdown, "## SageMaker Studio user profiles: preview\n\n**Members:** no changes. **Policy:** 0 mandatory, 0 advisory.\n");
    });

    it("shows an adoption the provider reviewed as adopt, with the live profile's old → new", () => {
        const lines = [
            diagnostic(`warning: user profile ${DOMAIN}/Hana: adopting the existing profile from the stack that owned it; up will change what the program does not say:\n    userSettings.executionRole: "arn:old" → "arn:new"\n    tags.legacy: "yes" → (removed)`),
            pre("create", "ml-hana", undefined, member("hana", { adopt: "takeover", userSettings: { executionRole: "arn:new" } })),
            pre("create", "ml-ivan", undefined, member("ivan", { adopt: true })),
        ];
        const markdown = renderSummary(readPreview([lines.join("\n")]));
        assert.ok(markdown.includes("**Members:** 1 to create, 1 to adopt."), markdown);
        assert.ok(markdown.includes("| `ml-hana` | adopt | 2 | ✅ |\n| `ml-ivan` | create | 3 | ✅ |"), markdown);
        assert.ok(
            markdown.includes(
                "### `ml-hana`: adopt\n\nProfile `hana`.\n\nAdopts the existing profile `d-testdomain01/Hana` from the stack that owned it; `up` changes what the program does not say:\n\n" +
                    '| Setting | From | To |\n| --- | --- | --- |\n| `userSettings.executionRole` | `"arn:old"` | `"arn:new"` |\n| `tags.legacy` | `"yes"` | — |\n',
            ),
            markdown,
        );
    });

    it("warns in an unchanged member's section about each setting SageMaker keeps", () => {
        const lines = [
            pre("same", "ml-jo", member("jo", { userSettings: { studioWebPortal: "ENABLED" } }), member("jo")),
            diagnostic(`warning: user profile ${DOMAIN}/jo: userSettings.studioWebPortal is no longer set in the program, but SageMaker keeps "ENABLED" (the API has no value for 'not set'); write studioWebPortal: ENABLED or DISABLED`),
        ];
        const markdown = renderSummary(readPreview([lines.join("\n")]));
        assert.ok(markdown.includes("| `ml-jo` | unchanged | 0 | ✅ |"), markdown);
        assert.ok(
            markdown.includes(
                "### `ml-jo`: unchanged\n\nProfile `jo`.\n\n- ⚠️ **kept by SageMaker** `userSettings.studioWebPortal` is no longer set in the program, but SageMaker keeps \"ENABLED\" (the API has no value for 'not set'); write studioWebPortal: ENABLED or DISABLED\n",
            ),
            markdown,
        );
        assert.doesNotMatch(markdown, /\| Setting \|/, "an unchanged member changes no setting");
    });

    describe("what deleting a member loses", () => {
        const events = [pre("delete", "ml-kim", member("kim")), pre("replace", "ml-lee", member("lee"), member("lee2"), ["userProfileName"])].join("\n");
        const urn = (name: string) => PROFILE_URN + name;

        it("calls out each private space and running app, and what sagemaker:deleteApps does about them", () => {
            const dataLoss: DataLoss = {
                looked: true,
                found: new Map([
                    [urn("ml-kim"), {
                        spaces: [{ SpaceName: "kim-private" }, { SpaceName: "kim-scratch" }],
                        sharedSpaces: [],
                        apps: [{ AppType: "JupyterServer", AppName: "default", Status: "InService" }, { AppType: "JupyterLab", AppName: "default", SpaceName: "kim-private", Status: "Pending" }],
                    }],
                    [urn("ml-lee"), { spaces: [], sharedSpaces: [], apps: [{ AppType: "KernelGateway", AppName: "kg", Status: "InService" }] }],
                ]),
            };
            const markdown = renderSummary(readPreview([events]), { dataLoss });
            assert.ok(
                markdown.includes(
                    "> [!WARNING]\n> **Deleting `ml-kim` loses 2 private spaces: `kim-private`, `kim-scratch` and the files on their storage volumes.**\n" +
                        "> Running apps: `JupyterServer/default (InService)`, `JupyterLab/default in space kim-private (Pending)`.\n" +
                        "> With `sagemaker:deleteApps` on (or `deleteApps: true` on the member) the delete removes them first; otherwise the delete fails on them until they are deleted.\n",
                ),
                markdown,
            );
            assert.ok(markdown.includes("> **Replacing `ml-lee` stops its running apps.**\n> Running apps: `KernelGateway/kg (InService)`.\n"), markdown);
            assert.doesNotMatch(markdown, /not looked up|No deleted or replaced member/);
        });

        it("says in one line that it found nothing, did not look, or could not look", () => {
            const nothing = renderSummary(readPreview([events]), { dataLoss: { looked: true, found: new Map() } });
            assert.match(nothing, /\nNo deleted or replaced member has a private space or a running app\.\n/);
            assert.doesNotMatch(nothing, /\[!WARNING\]\n> \*\*Deleting/);
            const notLooked = renderSummary(readPreview([events]));
            assert.match(notLooked, /\n_The apps and private spaces of deleted and replaced members were not looked up: run `sagemaker-studio summary` with `--region`, `--endpoint-url` or `--profile` to call out the storage a delete loses\._\n/);
            const failed = renderSummary(readPreview([events]), { dataLoss: { looked: true, found: new Map(), failure: "ListSpaces of user profile d-testdomain01/kim failed: AccessDeniedException: no.\nThe caller's IAM policy must allow sagemaker:ListSpaces on this profile." } });
            assert.match(failed, /\n⚠️ \*\*Could not look up the apps and private spaces of deleted and replaced members:\*\* ListSpaces of user profile d-testdomain01\/kim failed: AccessDeniedException: no\. The caller's IAM policy must allow sagemaker:ListSpaces on this profile\.\n/);
        });
    });

    describe("spaces", () => {
        const storage = (gb: number) => ({ spaceSettings: { appType: "JupyterLab", spaceStorageSettings: { ebsStorageSettings: { ebsVolumeSizeInGb: gb } } } });

        it("counts spaces apart, and calls out a deleted space's storage with its size from the last deployment", () => {
            const events = [
                spacePre("delete", "cv-kim-space", { inputs: privateSpace("kim-private", "kim"), outputs: storage(50) }),
                spacePre("create", "cv-lee-space", undefined, privateSpace("lee-private", "lee", { spaceSettings: { appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.g5.xlarge" } } } })),
                policy(SPACE_URN + "cv-lee-space", "sagemaker-space-allowed-instance-types", "mandatory", "A space's default instance types must be allowed.\nspace \"lee-private\": ml.g5.xlarge is not allowed."),
            ].join("\n");
            const markdown = renderSummary(readPreview([events]));
            assert.ok(markdown.includes("**Members:** no changes. **Spaces:** 1 to create, 1 to delete (storage lost). **Policy:** 1 mandatory, 0 advisory."), markdown);
            assert.ok(
                markdown.includes(`> [!WARNING]\n> **The space \`${DOMAIN}/kim-private\` (private, owner \`kim\`) will be deleted: the files on its storage volume (50 GB) are lost.**\n`),
                markdown,
            );
            assert.ok(markdown.includes("| Space | Change | Settings changed | Policy |\n| --- | --- | --- | --- |\n| `cv-kim-space` | delete | — | ✅ |\n| `cv-lee-space` | create | 6 | ❌ 1 |"), markdown);
            assert.ok(markdown.includes(`### \`cv-lee-space\`: create\n\nSpace \`${DOMAIN}/lee-private\` (private, owner \`lee\`).\n`), markdown);
            assert.ok(markdown.includes('| `spaceSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType` | — | `"ml.g5.xlarge"` |'), markdown);
            assert.ok(markdown.includes("- ❌ **mandatory** `sagemaker-space-allowed-instance-types`: space \"lee-private\": ml.g5.xlarge is not allowed."), markdown);
            assert.doesNotMatch(markdown, /### Stack and teams/, "a space's violation is the space's");
        });

        it("says what forces a space's replacement, old → new, and that its storage is lost", () => {
            const events = spacePre("replace", "cv-kim-space", { inputs: privateSpace("kim-private", "kim") }, privateSpace("kim-private", "kimberly"), ["ownershipSettings"]);
            const markdown = renderSummary(readPreview([events]));
            assert.ok(
                markdown.includes(
                    `> **The space \`${DOMAIN}/kim-private\` (private, owner \`kim\`) will be replaced because \`ownershipSettings\` cannot change in place: it is deleted and created again, and the files on its storage volume are lost.**\n` +
                        '> `ownershipSettings.ownerUserProfileName`: `"kim"` → `"kimberly"`.\n',
                ),
                markdown,
            );
            assert.ok(markdown.includes("**Spaces:** 1 to replace (storage lost)."), markdown);
        });

        it("leaves out of a deleted profile's call-out the private spaces the program deletes itself, and cautions about a shared space it owns", () => {
            const events = [
                pre("delete", "ml-kim", member("kim")),
                spacePre("delete", "cv-kim-space", { inputs: privateSpace("kim-private", "kim") }),
            ].join("\n");
            const dataLoss: DataLoss = {
                looked: true,
                found: new Map([
                    [PROFILE_URN + "ml-kim", {
                        spaces: [{ SpaceName: "kim-private" }, { SpaceName: "kim-notes" }],
                        sharedSpaces: [{ SpaceName: "cv-shared" }],
                        apps: [{ AppType: "JupyterLab", AppName: "default", SpaceName: "kim-private", Status: "InService" }],
                    }],
                ]),
                spaceApps: new Map([[SPACE_URN + "cv-kim-space", [{ AppType: "JupyterLab", AppName: "default", SpaceName: "kim-private", Status: "InService" }]]]),
            };
            const markdown = renderSummary(readPreview([events]), { dataLoss });
            assert.ok(markdown.includes("> **Deleting `ml-kim` loses the private space `kim-notes` and the files on its storage volume.**\n> With `sagemaker:deleteApps`"), markdown);
            assert.ok(markdown.includes("> **Deleting `ml-kim` fails: the shared space `cv-shared` names it as owner**, and `deleteApps` never deletes a shared space"), markdown);
            assert.ok(
                markdown.includes(
                    `> **The space \`${DOMAIN}/kim-private\` (private, owner \`kim\`) will be deleted: the files on its storage volume are lost.**\n` +
                        "> Running apps: `JupyterLab/default (InService)`.\n" +
                        "> With `sagemaker:deleteApps` on (or `deleteApps: true` on the space) the delete removes them first; otherwise the delete fails on them until they are deleted.\n",
                ),
                markdown,
            );
            assert.strictEqual(markdown.match(/Running apps/g)?.length, 1, "the app is called out with the space it runs in, not again with the profile");
        });

        it("says that nothing else is lost beyond the spaces it calls out, when the look-up finds nothing more", () => {
            const events = [pre("delete", "ml-kim", member("kim")), spacePre("delete", "cv-kim-space", { inputs: privateSpace("kim-private", "kim") })].join("\n");
            const dataLoss: DataLoss = {
                looked: true,
                found: new Map([[PROFILE_URN + "ml-kim", { spaces: [{ SpaceName: "kim-private" }], sharedSpaces: [], apps: [] }]]),
                spaceApps: new Map([[SPACE_URN + "cv-kim-space", []]]),
            };
            const markdown = renderSummary(readPreview([events]), { dataLoss });
            assert.ok(markdown.includes("\nBeyond the spaces above, no deleted or replaced member has a private space or a running app.\n"), markdown);
            assert.doesNotMatch(markdown, /Running apps|\nNo deleted/);
        });

        it("shows a space's adoption and what SageMaker keeps for it", () => {
            const events = [
                diagnostic(`warning: space ${DOMAIN}/lab: adopting the existing space; up will change what the program does not say:\n    tags.team: "old" → "cv"`),
                diagnostic(`warning: space ${DOMAIN}/lab: spaceSettings.appType is no longer set in the program, but SageMaker keeps "JupyterLab" (the API cannot change it); write appType: JupyterLab`),
                spacePre("create", "lab", undefined, { domainId: DOMAIN, spaceName: "lab", adopt: true }),
            ].join("\n");
            const markdown = renderSummary(readPreview([events]));
            assert.ok(markdown.includes("**Spaces:** 1 to adopt."), markdown);
            assert.ok(markdown.includes(`Adopts the existing space \`${DOMAIN}/lab\`; \`up\` changes what the program does not say:\n\n| Setting | From | To |\n| --- | --- | --- |\n| \`tags.team\` | \`"old"\` | \`"cv"\` |`), markdown);
            assert.ok(markdown.includes("- ⚠️ **kept by SageMaker** `spaceSettings.appType` is no longer set in the program, but SageMaker keeps \"JupyterLab\""), markdown);
        });
    });

    describe("who gains or loses access to Studio", () => {
        const sso = (name: string, extra: object = {}) => member(name, { singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: name, ...extra });
        const profilePre = (op: string, name: string, old?: { inputs: object; outputs?: object }, newInputs?: object) =>
            JSON.stringify({ resourcePreEvent: { metadata: { op, urn: PROFILE_URN + name, type: "pulumi-nodejs:dynamic/sagemaker:UserProfile", old, new: newInputs && { inputs: newInputs } } } });
        const summaryOf = (...events: string[]) => renderSummary(readPreview([events.join("\n")]));
        const includesAll = (markdown: string, parts: string[]) => parts.forEach((part) => assert.ok(markdown.includes(part), `${part}\n---\n${markdown}`));
        const sectionOf = (markdown: string, name: string) => {
            const section = markdown.split(`### \`${name}\``)[1];
            assert.ok(section !== undefined, `no section for ${name}: ${markdown}`);
            return section.split("\n### ")[0];
        };
        const made = (name: string, extra: object = {}) => ({ inputs: sso(name, extra), outputs: { ...sso(name, extra), identityCenterAssignment: "made" } });

        it("counts access granted and removed, and says per member whose assignment goes, made or kept", () => {
            const markdown = summaryOf(
                profilePre("create", "ml-cleo", undefined, sso("cleo")),
                profilePre("delete", "ml-ana", made("ana")),
                profilePre("delete", "ml-bo", made("bo", { retainOnDelete: true })),
                profilePre("delete", "ml-dee", { inputs: sso("dee"), outputs: { ...sso("dee"), identityCenterAssignment: "found" } }),
                profilePre("delete", "ml-eli", { inputs: member("eli") }),
            );
            includesAll(markdown, [
                "**Access:** 1 granted, 2 removed.",
                "### `ml-cleo`: create\n\nProfile `cleo`.\n\n| Setting",
                "- 🔑 **gets access**: Identity Center user `cleo` is assigned to the domain's Studio application (a new member; an assignment already in place becomes this stack's).",
                "### `ml-ana`: delete\n\nProfile `ana`.\n\n- 🔒 **loses access**: the assignment of Identity Center user `ana` to the domain's Studio application, which this stack made, is removed (the profile is deleted).",
                "- 🔒 **loses access**: the assignment of Identity Center user `bo` to the domain's Studio application, which this stack made, is removed (the profile and its files are kept).",
                "no longer managed by this stack; the access to the domain's Studio application this stack gave them is removed.",
                "- Identity Center user `dee` keeps the assignment to the domain's Studio application that was in place before this stack created the profile (not made by it, so not removed).",
            ]);
            assert.doesNotMatch(sectionOf(markdown, "ml-eli"), /access/i, "an IAM domain's profile has no assignment to speak of");
        });

        it("names both users when a replacement changes the profile's user, and an assignment a refresh found missing", () => {
            const markdown = summaryOf(
                profilePre("replace", "ml-fay", made("fay"), sso("fay", { singleSignOnUserValue: "fay.new" })),
                profilePre("update", "ml-gus", { inputs: sso("gus"), outputs: { ...sso("gus"), identityCenterAssignment: "missing" } }, sso("gus")),
                profilePre("update", "ml-hal", made("hal"), sso("hal", { assignIdentityCenterUser: false })),
                profilePre("update", "ml-ida", made("ida"), sso("ida", { tags: { team: "ml" } })),
            );
            includesAll(markdown, [
                "**Access:** 2 granted, 2 removed.",
                "user `fay` to the domain's Studio application, which this stack made, is removed (the profile's user changes).",
                "Identity Center user `fay.new` is assigned to the domain's Studio application (the profile's user changes).",
                "Identity Center user `gus` is assigned to the domain's Studio application (a refresh found the assignment missing: it is made again).",
                "user `hal` to the domain's Studio application, which this stack made, is removed (assignIdentityCenterUser is false now).",
            ]);
            assert.doesNotMatch(sectionOf(markdown, "ml-ida"), /access/i, "a settings change leaves access as it is");
        });

        it("says a user keeps access when their profile moves to a new resource in the same change", () => {
            const markdown = summaryOf(profilePre("delete", "ml-kit", made("kit")), profilePre("create", "ds-kit", undefined, sso("kit")));
            assert.ok(markdown.includes("**Members:** 1 to create, 1 to delete. **Policy:**"), "a move is neither granted nor removed: " + markdown);
            includesAll(markdown, [
                "- Identity Center user `kit` keeps access: `ds-kit`, new in this change, takes the assignment to the domain's Studio application over, so this profile's delete leaves it in place.",
                "- Identity Center user `kit` keeps access: this profile takes over the assignment to the domain's Studio application from `ml-kit`, which this change removes.",
            ]);
        });

        it("says an adoption takes the assignment over with the profile", () => {
            const markdown = summaryOf(
                diagnostic(`user profile ${DOMAIN}/jo: adopting the existing profile; it already matches the program, so up only adds this stack's owner tag`, "info"),
                profilePre("create", "ml-jo", undefined, sso("jo", { adopt: true })),
            );
            includesAll(markdown, [
                "**Members:** 1 to adopt. **Policy:**",
                "- 🔑 **access adopted**: the assignment of Identity Center user `jo` to the domain's Studio application is adopted with the profile (made if missing) and removed when the profile is deleted or forgotten.",
            ]);
        });
    });
});
