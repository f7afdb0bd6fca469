// A typed view of a UserProfile's props, camelCase as the resource declares them and typed by the
// shared model. The apps and their settings are enumerated from the generated service model, so a
// new app in the model is covered without touching the rules.
import type { UserSettings } from "pulumi-sagemaker-studio/model";
import { membersWith, ResourceView, type ViewKind } from "./resource-view";

export const USER_PROFILE_TYPE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";

/** The Pulumi name of a UserSettings member that holds one app's settings, e.g. `jupyterLabAppSettings`. */
export type AppSettingsKey = Extract<keyof UserSettings, `${string}AppSettings`>;

const appsWith = (apiMember: string) => membersWith("UserSettings", apiMember).filter((m): m is AppSettingsKey => m.endsWith("AppSettings"));

/** Apps with a list of lifecycle configurations. */
export const APPS_WITH_LIFECYCLE_CONFIGS: readonly AppSettingsKey[] = appsWith("LifecycleConfigArns");
/** Apps with idle-shutdown settings. */
export const APPS_WITH_LIFECYCLE_MANAGEMENT: readonly AppSettingsKey[] = appsWith("AppLifecycleManagement");

const PROFILE: ViewKind<AppSettingsKey> = { noun: "member", nameProp: "userProfileName", settingsProp: "userSettings", appsWithResourceSpec: appsWith("DefaultResourceSpec") };

export class ProfileView extends ResourceView<AppSettingsKey> {
    protected readonly kind = PROFILE;

    get domainId(): string | undefined {
        return this.props.domainId as string | undefined;
    }

    get userProfileName(): string | undefined {
        return this.props.userProfileName as string | undefined;
    }

    get singleSignOnUserIdentifier(): string | undefined {
        return this.props.singleSignOnUserIdentifier as string | undefined;
    }

    get singleSignOnUserValue(): string | undefined {
        return this.props.singleSignOnUserValue as string | undefined;
    }

    get userSettings(): UserSettings {
        return (this.props.userSettings as UserSettings | undefined) ?? {};
    }

    /** Names the profile is known by, for allow-lists of members: the profile name and the resource name. */
    get identities(): string[] {
        const name = this.userProfileName;
        return name === undefined ? [this.resourceName] : [name, this.resourceName];
    }

    /** The settings of one app, or undefined when the profile sets none. */
    app<K extends AppSettingsKey>(app: K): UserSettings[K] | undefined {
        return this.userSettings[app] ?? undefined;
    }
}
