// A stack of UserProfiles on sagemaker-local, driven by the real CLI: the
// profiles come from stack config, so each test states what the program says.
import * as path from "path";
import { CreateAppCommand, CreateSpaceCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal, SageMakerLocal } from "../../emulator";
import { makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType, StateResource } from "./engine";

const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env");

export const PROFILE_TYPE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";
export const DOMAIN = "d-testdomain01";
export const SSO_DOMAIN = "d-ssodomain001";
export const VPC_DOMAIN = "d-vpcdomain001";
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "provider", "profiles-project");

export async function startEmulator(latencyMs = 150, seedUsers: string[] = []): Promise<SageMakerLocal> {
    return startSageMakerLocal({
        latencyMs,
        seedDomains: [DOMAIN, `${SSO_DOMAIN}:SSO`, `${VPC_DOMAIN}:VpcOnly`],
        seedUsers,
    });
}

/** An SDK client on the emulator, for arranging out-of-band changes and inspecting results. */
export function emulatorClient(emulator: Pick<SageMakerLocal, "url">): SageMakerClient {
    return new SageMakerClient({
        endpoint: emulator.url,
        region: "us-east-1",
        credentials: { accessKeyId: LOCAL_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_CREDENTIALS.AWS_SECRET_ACCESS_KEY },
        maxAttempts: 1,
    });
}

/** What a member still has when offboarded: the app `JupyterServer/default` and the private space `<name>-private`. */
export async function addAppAndPrivateSpace(client: SageMakerClient, userProfileName: string): Promise<void> {
    await client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: userProfileName, AppType: "JupyterServer", AppName: "default" }));
    await client.send(
        new CreateSpaceCommand({
            DomainId: DOMAIN,
            SpaceName: `${userProfileName}-private`,
            OwnershipSettings: { OwnerUserProfileName: userProfileName },
            SpaceSharingSettings: { SharingType: "Private" },
            SpaceSettings: { AppType: "JupyterLab" },
        }),
    );
}

/** Stack config of the selected stack that sends the provider's calls to `url`, with fast polling. */
export async function pointProjectAt(project: PulumiProject, url: string): Promise<void> {
    await project.ok(["config", "set", "sagemaker:endpoint", url]);
    await project.ok(["config", "set", "sagemaker:ssoAdminEndpoint", url]);
    await project.ok(["config", "set", "sagemaker:identityStoreEndpoint", url]);
    await project.ok(["config", "set", "sagemaker:region", "us-east-1"]);
    await project.ok(["config", "set", "sagemaker:pollMinDelay", "0.1"]);
    await project.ok(["config", "set", "sagemaker:pollMaxDelay", "0.5"]);
}

export class ProfilesStack {
    readonly project: PulumiProject;

    private constructor(project: PulumiProject) {
        this.project = project;
    }

    static async create(emulator: Pick<SageMakerLocal, "url">, label: string): Promise<ProfilesStack> {
        const project = new PulumiProject(makeWorkDir(label, FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        const stack = new ProfilesStack(project);
        await stack.pointAt(emulator);
        return stack;
    }

    /** Stack config that sends the provider's calls to `emulator`, with fast polling. */
    async pointAt(emulator: Pick<SageMakerLocal, "url">): Promise<void> {
        await pointProjectAt(this.project, emulator.url);
    }

    /** What the program declares: resource name → UserProfile args. */
    async declare(profiles: Record<string, unknown>): Promise<void> {
        await this.project.ok(["config", "set", "profiles", JSON.stringify(profiles)]);
    }

    async up(): Promise<string> {
        return (await this.project.ok(["up", "--yes", "--skip-preview"])).output;
    }

    async profiles(): Promise<StateResource[]> {
        return resourcesOfType(await this.project.exportStack(), PROFILE_TYPE);
    }

    async profile(name: string): Promise<StateResource> {
        const found = (await this.profiles()).find((r) => r.urn.endsWith(`::${name}`));
        if (!found) {
            throw new Error(`no UserProfile ${name} in state`);
        }
        return found;
    }
}
