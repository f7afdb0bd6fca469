// A typed view of a Space's props (inputs in resource policies, outputs in stack policies), camelCase
// as the resource declares them. The apps with a default resource spec are enumerated from the
// generated service model's SpaceSettings, as profile.ts does for UserSettings.
import { getShape, memberShape, quoteValue, toPulumiName } from "pulumi-sagemaker-studio/model";
import type { ResourceSpec, SpaceSettings } from "pulumi-sagemaker-studio/model";
import { UnknownTracker } from "./unknowns";

export const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";

/** SpaceSettings members (Pulumi names) with a default resource spec, in model order. */
const APPS_WITH_RESOURCE_SPEC: readonly string[] = (() => {
    const settings = getShape("SpaceSettings");
    return Object.keys(settings?.members ?? {})
        .filter((m) => getShape(memberShape(settings, m) ?? "")?.members?.DefaultResourceSpec !== undefined)
        .map(toPulumiName);
})();

type Props = Record<string, unknown>;

export class SpaceView {
    readonly unknowns = new UnknownTracker();

    constructor(
        readonly resourceName: string,
        private readonly props: Props,
    ) {}

    get spaceName(): string | undefined {
        return this.props.spaceName as string | undefined;
    }

    get tags(): Readonly<Record<string, string>> {
        return (this.props.tags as Record<string, string> | undefined) ?? {};
    }

    get sharingType(): string | undefined {
        return (this.props.spaceSharingSettings as { sharingType?: string } | undefined)?.sharingType;
    }

    get owner(): string | undefined {
        return (this.props.ownershipSettings as { ownerUserProfileName?: string } | undefined)?.ownerUserProfileName;
    }

    get spaceSettings(): SpaceSettings {
        return (this.props.spaceSettings as SpaceSettings | undefined) ?? {};
    }

    get appType(): string | undefined {
        return this.spaceSettings.appType;
    }

    get ebsVolumeSizeInGb(): number | undefined {
        return this.spaceSettings.spaceStorageSettings?.ebsStorageSettings?.ebsVolumeSizeInGb;
    }

    /** `space "alice-private" (resource ml-alice-space)`. */
    get label(): string {
        const name = new UnknownTracker().attempt(() => this.spaceName);
        return name === undefined || name === this.resourceName ? `space ${quoteValue(this.resourceName)}` : `space ${quoteValue(name)} (resource ${this.resourceName})`;
    }

    /** Every app default instance type that is set, with its path; unknown ones are skipped and remembered. */
    defaultInstanceTypes(): { path: string; instanceType: string }[] {
        const out: { path: string; instanceType: string }[] = [];
        for (const app of APPS_WITH_RESOURCE_SPEC) {
            const instanceType = this.unknowns.attempt(() => {
                const settings = (this.spaceSettings as Record<string, { defaultResourceSpec?: ResourceSpec } | undefined>)[app];
                return settings?.defaultResourceSpec?.instanceType;
            });
            if (typeof instanceType === "string") out.push({ path: `spaceSettings.${app}.defaultResourceSpec.instanceType`, instanceType });
        }
        return out;
    }
}
