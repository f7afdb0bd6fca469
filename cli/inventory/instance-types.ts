// Default instance types per app, and running apps, as the inventory shows them. Which members of a
// settings structure are apps with a default instance type comes from the service model (each
// `<App>AppSettings` with a `DefaultResourceSpec`), so an app the model adds is reported without a
// change here.
import type { AppDetails } from "@aws-sdk/client-sagemaker";
import { isRecord } from "../../model/plain-object";
import { getShape } from "../../model/schema/shape-lookup";
import type { DefaultInstanceType, RunningApp, SettingSource } from "./inventory-model";

type Settings = Record<string, unknown> | undefined;

/** NVIDIA GPU families: `ml.g4dn.xlarge`, `ml.g6e.*`, `ml.p5.48xlarge`, `ml.p6-b200.*` (Trainium's `trn1` is not a GPU). */
export function isGpuInstanceType(instanceType: string): boolean {
    return /^ml\.[gp]\d[^.]*\./.test(instanceType);
}

const appMembers = new Map<string, string[]>();

/** The members of a settings structure that hold an app's `DefaultResourceSpec`, in model order. */
function appSettingsMembers(root: string): string[] {
    let members = appMembers.get(root);
    if (!members) {
        members = Object.entries(getShape(root)?.members ?? {})
            .filter(([, shape]) => getShape(shape)?.members?.DefaultResourceSpec !== undefined)
            .map(([member]) => member);
        appMembers.set(root, members);
    }
    return members;
}

function instanceTypeOf(settings: Settings, member: string): string | undefined {
    const app = settings?.[member];
    const spec = isRecord(app) ? app.DefaultResourceSpec : undefined;
    const instanceType = isRecord(spec) ? spec.InstanceType : undefined;
    return typeof instanceType === "string" && instanceType !== "" ? instanceType : undefined;
}

/** Each app's default instance type: the record's own (`root`), else the domain's (`domainRoot`). */
export function defaultInstanceTypes(own: Settings, root: string, domain: Settings, domainRoot: string): DefaultInstanceType[] {
    const domainMembers = new Set(appSettingsMembers(domainRoot));
    const out: DefaultInstanceType[] = [];
    for (const member of appSettingsMembers(root)) {
        const mine = instanceTypeOf(own, member);
        const inherited = domainMembers.has(member) ? instanceTypeOf(domain, member) : undefined;
        const [instanceType, from]: [string | undefined, SettingSource] = mine !== undefined ? [mine, "own"] : [inherited, "domain"];
        if (instanceType !== undefined) {
            out.push({ app: member.replace(/AppSettings$/, ""), instanceType, gpu: isGpuInstanceType(instanceType), from });
        }
    }
    return out;
}

const RUNNING = new Set(["InService", "Pending"]);

/** The running apps of each profile and space, keyed `profile:<name>` or `space:<name>` (names in lower case: the service compares them so). */
export function runningAppsByOwner(apps: readonly AppDetails[]): Map<string, RunningApp[]> {
    const byOwner = new Map<string, RunningApp[]>();
    for (const app of apps) {
        if (!RUNNING.has(app.Status ?? "")) continue;
        const key = app.SpaceName ? appOwnerKey("space", app.SpaceName) : appOwnerKey("profile", app.UserProfileName ?? "");
        const instanceType = app.ResourceSpec?.InstanceType;
        const running: RunningApp = {
            appType: app.AppType ?? "",
            appName: app.AppName ?? "",
            status: app.Status ?? "",
            ...(instanceType !== undefined ? { instanceType } : {}),
            gpu: instanceType !== undefined && isGpuInstanceType(instanceType),
        };
        byOwner.set(key, [...(byOwner.get(key) ?? []), running]);
    }
    return byOwner;
}

export function appOwnerKey(kind: "profile" | "space", name: string): string {
    return `${kind}:${name.toLowerCase()}`;
}
