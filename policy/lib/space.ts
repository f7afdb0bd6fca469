// A typed view of a Space's props, camelCase as the resource declares them; the apps with a default
// resource spec are enumerated from the generated service model's SpaceSettings.
import type { SpaceSettings } from "pulumi-sagemaker-studio/model";
import { membersWith, ResourceView, type ViewKind } from "./resource-view";

export const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";

const SPACE: ViewKind<string> = { noun: "space", nameProp: "spaceName", settingsProp: "spaceSettings", appsWithResourceSpec: membersWith("SpaceSettings", "DefaultResourceSpec") };

export class SpaceView extends ResourceView {
    protected readonly kind = SPACE;

    get spaceName(): string | undefined {
        return this.props.spaceName as string | undefined;
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
}
