// What the views of a UserProfile and of a Space share: props read lazily (inputs in resource
// policies, outputs in stack policies), the unknown values met, tags, a label for messages and the
// apps' default resource specs, whose apps are enumerated from the generated service model.
import { getShape, memberShape, quoteValue, toPulumiName } from "pulumi-sagemaker-studio/model";
import type { ResourceSpec } from "pulumi-sagemaker-studio/model";
import { UnknownTracker } from "./unknowns";

/** Members (Pulumi names) of the model shape `shapeName` whose own shape has the API member `apiMember`, in model order. */
export function membersWith(shapeName: string, apiMember: string): string[] {
    const shape = getShape(shapeName);
    return Object.keys(shape?.members ?? {})
        .filter((m) => getShape(memberShape(shape, m) ?? "")?.members?.[apiMember] !== undefined)
        .map(toPulumiName);
}

export interface AppResourceSpec<App extends string = string> {
    readonly app: App;
    /** `userSettings.jupyterLabAppSettings.defaultResourceSpec` */
    readonly path: string;
    readonly spec: ResourceSpec;
}

/** What a kind of resource is called and where its props are. */
export interface ViewKind<App extends string> {
    /** What messages call the resource: `member`, `space`. */
    readonly noun: string;
    /** The prop with the resource's own name in SageMaker: `userProfileName`, `spaceName`. */
    readonly nameProp: string;
    /** The prop that holds the apps' settings: `userSettings`, `spaceSettings`. */
    readonly settingsProp: string;
    readonly appsWithResourceSpec: readonly App[];
}

export abstract class ResourceView<App extends string = string> {
    /** Unknown values skipped by the enumerating helpers; the rule wrapper rethrows the first. */
    readonly unknowns = new UnknownTracker();
    protected abstract readonly kind: ViewKind<App>;

    constructor(
        /** The Pulumi resource name, e.g. `ml-team-alice`. */
        readonly resourceName: string,
        protected readonly props: Record<string, unknown>,
    ) {}

    get tags(): Readonly<Record<string, string>> {
        return (this.props.tags as Record<string, string> | undefined) ?? {};
    }

    /** `member "alice" (resource ml-team-alice)`: who a message is about, even when the name is unknown. */
    get label(): string {
        const { noun, nameProp } = this.kind;
        const name = new UnknownTracker().attempt(() => this.props[nameProp] as string | undefined);
        return name === undefined || name === this.resourceName
            ? `${noun} ${quoteValue(this.resourceName)}`
            : `${noun} ${quoteValue(name)} (resource ${this.resourceName})`;
    }

    /** Every app's default resource spec that is set, with its path; unknown ones are skipped and remembered. */
    defaultResourceSpecs(): AppResourceSpec<App>[] {
        const { settingsProp, appsWithResourceSpec } = this.kind;
        const out: AppResourceSpec<App>[] = [];
        for (const app of appsWithResourceSpec) {
            const spec = this.unknowns.attempt(() => {
                const settings = this.props[settingsProp] as Record<string, { defaultResourceSpec?: ResourceSpec | null } | null> | undefined;
                return settings?.[app]?.defaultResourceSpec ?? undefined;
            });
            if (spec !== undefined) out.push({ app, path: `${settingsProp}.${app}.defaultResourceSpec`, spec });
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
