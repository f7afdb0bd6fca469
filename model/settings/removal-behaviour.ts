// What happens when a program stops setting a member of a profile's UserSettings or of a space's
// SpaceSettings. UpdateUserProfile (and UpdateSpace, which merges the same way) leaves every member
// the request omits as it is (Terraform #43127), so a removal only applies when the update says
// it explicitly. Each member has one behaviour:
//   - clear: the API's way of unsetting it, derived from the service model: `[]` for every list
//     ("to remove a lifecycle config, you must set LifecycleConfigArns to an empty list"), `"None"`
//     for every string whose pattern accepts it (image versions, lifecycle configurations, training
//     plans, KMS keys);
//   - reset: a value the API documentation gives as the default or as "inherit", sent instead;
//   - keep: the API has no way back to "not set"; the service keeps the value, the preview warns
//     and says what to write instead.
// `REMOVAL_RULES` holds the documented resets and keeps; `removalOf` applies them, then the
// derivations. `removalTable(root)` lists every member of UserSettings or SpaceSettings with its
// behaviour. The two roots share no top-level member names, so one table of paths serves both.
import { toApiName } from "../schema/names";
import { compilePattern } from "../schema/patterns";
import { getShape, memberShape } from "../schema/shape-lookup";
import type { SettingsRoot } from "./setting-values";

export type Removal =
    | { readonly kind: "clear"; readonly value: unknown; readonly why: string }
    | {
          readonly kind: "reset";
          readonly value: unknown;
          readonly why: string;
          /** The reset applies only while a sibling member has this value (otherwise the member has no effect). */
          readonly requires?: { readonly member: string; readonly equals: string };
      }
    | {
          readonly kind: "keep";
          readonly why: string;
          /** What to write in the program instead. */
          readonly instead: string;
          /** The service drops the member by itself when a sibling takes this value. */
          readonly droppedWhen?: { readonly member: string; readonly equals: string };
      };

interface RemovalRule {
    /** A path under UserSettings or SpaceSettings in API names; `*` matches any one member. */
    readonly path: string;
    readonly removal: Removal;
}

const keep = (why: string, instead: string): Removal => ({ kind: "keep", why, instead });

/** The documented resets and the members the API cannot unset, most specific first. */
export const REMOVAL_RULES: readonly RemovalRule[] = [
    {
        path: "SharingSettings.NotebookOutputOption",
        removal: { kind: "reset", value: "Disabled", why: "Disabled is the documented default: notebook sharing is off" },
    },
    {
        path: "SharingSettings.S3OutputPath",
        removal: {
            kind: "keep",
            why: "the API cannot unset it while sharing is allowed",
            instead: "set notebookOutputOption: Disabled to stop sharing (SageMaker then drops the path), or write the path you want",
            droppedWhen: { member: "NotebookOutputOption", equals: "Disabled" },
        },
    },
    {
        path: "RStudioServerProAppSettings.UserGroup",
        removal: {
            kind: "reset",
            value: "R_STUDIO_USER",
            why: "R_STUDIO_USER is the documented default group",
            requires: { member: "AccessStatus", equals: "ENABLED" },
        },
    },
    { path: "RStudioServerProAppSettings.AccessStatus", removal: keep("the API has no value for 'not set'", "write accessStatus: DISABLED to revoke RStudio access, or ENABLED to keep it") },
    {
        path: "StudioWebPortalSettings.ExecutionRoleSessionNameMode",
        removal: { kind: "reset", value: "STATIC", why: "STATIC behaves as unset: the role session is named SageMaker" },
    },
    { path: "AutoMountHomeEFS", removal: { kind: "reset", value: "DefaultAsDomain", why: "DefaultAsDomain makes the profile follow the domain's setting" } },
    { path: "ExecutionRole", removal: keep("a profile cannot go back to having no role of its own", "write the role the profile should use (for example the domain's default execution role)") },
    { path: "StudioWebPortal", removal: keep("the API has no value for 'not set'", "write studioWebPortal: ENABLED or DISABLED") },
    { path: "DefaultLandingUri", removal: keep("the API has no value for 'not set'", "write defaultLandingUri: studio:: (Studio) or app:JupyterServer: (Studio Classic)") },
    { path: "SpaceStorageSettings.DefaultEbsStorageSettings.*", removal: keep("the API cannot unset space storage sizes", "write the sizes you want (the domain's, to follow it)") },
    { path: "CustomPosixUserConfig.*", removal: keep("the API cannot unset a POSIX identity", "write the uid and gid the profile should use") },
    { path: "*.DefaultResourceSpec.InstanceType", removal: keep("the API cannot unset a default instance type", "write the instance type users should start with (system for JupyterServer)") },
    { path: "*.DefaultResourceSpec.SageMakerImageArn", removal: keep("the API cannot unset a default image", "write the image users should start with") },
    { path: "*.DefaultResourceSpec.SageMakerImageVersionAlias", removal: keep("the API cannot unset an image version alias", "write the alias users should start with") },
    { path: "*.AppLifecycleManagement.IdleSettings.LifecycleManagement", removal: keep("the API has no value for 'not set'", "write lifecycleManagement: DISABLED to turn idle shutdown off") },
    { path: "*.AppLifecycleManagement.IdleSettings.*", removal: keep("the API cannot unset an idle timeout", "write the timeout you want") },
    { path: "CanvasAppSettings.*.Status", removal: keep("the API has no value for 'not set'", "write status: DISABLED (or ENABLED)") },
    { path: "CanvasAppSettings.*.*RoleArn", removal: keep("the API cannot unset a role", "write the role Canvas should use") },
    { path: "CanvasAppSettings.WorkspaceSettings.S3ArtifactPath", removal: keep("the API cannot unset the Canvas workspace", "write the S3 path Canvas should use") },
    // SpaceSettings
    { path: "AppType", removal: keep("UpdateSpace cannot name a space's app type", "write the app type the space has (another one replaces the space)") },
    { path: "SpaceStorageSettings.EbsStorageSettings.EbsVolumeSizeInGb", removal: keep("the API cannot unset a space's storage size", "write the size the space's volume should have") },
    { path: "RemoteAccess", removal: keep("the API has no value for 'not set'", "write remoteAccess: DISABLED (or ENABLED)") },
    { path: "SpaceManagedResources", removal: keep("the API has no value for 'not set'", "write spaceManagedResources: DISABLED (or ENABLED)") },
];

function matches(pattern: string, path: readonly string[]): boolean {
    const parts = pattern.split(".");
    return parts.length === path.length && parts.every((p, i) => p === "*" || p === path[i] || (p.startsWith("*") && path[i].endsWith(p.slice(1))));
}

/** The behaviour of removing the member at `path` (API names under UserSettings or SpaceSettings), whose shape is `shapeName`. */
export function removalOf(path: readonly string[], shapeName: string | undefined): Removal {
    const rule = REMOVAL_RULES.find((r) => matches(r.path, path));
    if (rule) {
        return rule.removal;
    }
    const shape = shapeName === undefined ? undefined : getShape(shapeName);
    if (shape?.type === "list") {
        return { kind: "clear", value: [], why: "an empty list clears it" };
    }
    if (shape?.type === "string" && shape.pattern && compilePattern(shape.pattern)?.test("None")) {
        return { kind: "clear", value: "None", why: "the API clears it with None" };
    }
    return keep("the API has no way to unset it", "write the value the profile should have");
}

/** Every member of `root` that holds a value (lists and scalars), with its removal behaviour. */
export function removalTable(root: SettingsRoot = "UserSettings"): { path: string[]; removal: Removal }[] {
    const out: { path: string[]; removal: Removal }[] = [];
    const walk = (shapeName: string, path: string[]) => {
        const shape = getShape(shapeName);
        if (shape?.type === "structure") {
            for (const member of Object.keys(shape.members ?? {})) {
                walk(memberShape(shape, member) ?? "", [...path, member]);
            }
        } else {
            out.push({ path, removal: removalOf(path, shapeName) });
        }
    };
    walk(root, []);
    return out;
}

/**
 * Whether `value` at `pulumiPath` (Pulumi names under the settings of `root`) is what removing the
 * member resets it to: the service's way of saying "not set" (`notebookOutputOption: Disabled`),
 * so a member absent on one side and at this value on the other means the same.
 */
export function isResetValue(root: SettingsRoot, pulumiPath: readonly string[], value: unknown): boolean {
    const apiPath: string[] = [];
    let shapeName: string | undefined = root;
    for (const segment of pulumiPath) {
        const shape = shapeName === undefined ? undefined : getShape(shapeName);
        const member = shapeName === undefined ? undefined : toApiName(shapeName, segment);
        if (shape?.type !== "structure" || member === undefined) return false;
        apiPath.push(member);
        shapeName = memberShape(shape, member);
    }
    const removal = removalOf(apiPath, shapeName);
    return removal.kind === "reset" && removal.value === value;
}
