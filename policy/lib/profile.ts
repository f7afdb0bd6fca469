// A typed view of a UserProfile's props (inputs in resource policies, outputs in stack policies),
// camelCase as the resource declares them and typed by the shared model. The apps and their
// settings are enumerated from the generated service model, so a new app in the model is covered
// without touching the rules. Getters read lazily: a rule touches only the values it judges, and
// an unknown value among them surfaces as the engine's UnknownValueError.
import { getShape, memberShape, quoteValue, toPulumiName } from "pulumi-sagemaker-studio/model";
import type { ResourceSpec, UserSettings } from "pulumi-sagemaker-studio/model";
import { UnknownTracker } from "./unknowns";

export const USER_PROFILE_TYPE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";

/** The Pulumi name of a UserSettings member that holds one app's settings, e.g. `jupyterLabAppSettings`. */
export type AppSettingsKey = Extract<keyof UserSettings, `${string}AppSettings`>;

/** The UserSettings members (Pulumi names) whose shape has API member `apiMember`, in model order. */
function appsWithMember(apiMember: string): AppSettingsKey[] {
    const userSettings = getShape("UserSettings");
    return Object.keys(userSettings?.members ?? {})
        .filter((m) => m.endsWith("AppSettings") && getShape(memberShape(userSettings, m) ?? "")?.members?.[apiMember] !== undefined)
        .map((m) => toPulumiName(m) as AppSettingsKey);
}

/** Apps with a default resource spec (instance type, image, lifecycle configuration). */
const APPS_WITH_RESOURCE_SPEC: readonly AppSettingsKey[] = appsWithMember("DefaultResourceSpec");
/** Apps with a list of lifecycle configurations. */
export const APPS_WITH_LIFECYCLE_CONFIGS: readonly AppSettingsKey[] = appsWithMember("LifecycleConfigArns");
/** Apps with idle-shutdown settings. */
export const APPS_WITH_LIFECYCLE_MANAGEMENT: readonly AppSettingsKey[] = appsWithMember("AppLifecycleManagement");

export interface AppResourceSpec {
    readonly app: AppSettingsKey;
    /** `userSettings.jupyterLabAppSettings.defaultResourceSpec` */
    readonly path: string;
    readonly spec: ResourceSpec;
}

type Props = Record<string, unknown>;

export class ProfileView {
    /** Unknown values skipped by the enumerating helpers; the policy wrapper rethrows the first. */
    readonly unknowns = new UnknownTracker();

    constructor(
        /** The Pulumi resource name, e.g. `ml-team-alice`. */
        readonly resourceName: string,
        private readonly props: Props,
    ) {}

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

    get tags(): Readonly<Record<string, string>> {
        return (this.props.tags as Record<string, string> | undefined) ?? {};
    }

    get userSettings(): UserSettings {
        return (this.props.userSettings as UserSettings | undefined) ?? {};
    }

    /** `member "alice" (resource ml-team-alice)`: who a message is about, even when the name is unknown. */
    get label(): string {
        const name = new UnknownTracker().attempt(() => this.userProfileName);
        return name === undefined || name === this.resourceName
            ? `member ${quoteValue(this.resourceName)}`
            : `member ${quoteValue(name)} (resource ${this.resourceName})`;
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

    /** Every app's default resource spec that is set, with its path; unknown ones are skipped and remembered. */
    defaultResourceSpecs(): AppResourceSpec[] {
        const out: AppResourceSpec[] = [];
        for (const app of APPS_WITH_RESOURCE_SPEC) {
            const spec = this.unknowns.attempt(() => {
                const settings = this.app(app) as { defaultResourceSpec?: ResourceSpec } | undefined;
                return settings?.defaultResourceSpec ?? undefined;
            });
            if (spec !== undefined) out.push({ app, path: `userSettings.${app}.defaultResourceSpec`, spec });
        }
        return out;
    }

    /** Every default instance type that is set, with its path; unknown ones are skipped and remembered. */
    defaultInstanceTypes(): { path: string; instanceType: string }[] {
        const out: { path: string; instanceType: string }[] = [];
        for (const { path, spec } of this.defaultResourceSpecs()) {
            const instanceType = this.unknowns.attempt(() => spec.instanceType);
            if (typeof instanceType === "string") out.push({ path: `${path}.instanceType`, instanceType });
        }
        return out;
    }
}
