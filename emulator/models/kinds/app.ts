import { APP_LIFECYCLE } from "../lifecycles";
import { nameTaken, sagemakerArn } from "../naming";
import type { AppRecord } from "../records";
import type { ResourceKind } from "../resource-kind";

export type AppOwner = { userProfileName: string } | { spaceName: string };

/** An app is named by its owner, its type and its name. */
export type AppIdentity = Pick<AppRecord, "domainId" | "appType" | "appName"> & AppOwner;

export function ownerName(owner: AppOwner): string {
    return "userProfileName" in owner ? owner.userProfileName : owner.spaceName;
}

/** Apps cannot be updated, and nothing depends on them. The app type is kept as given in the key. */
export const APP = {
    noun: "App",
    records: (state) => state.apps,
    nameOf: (app) => app.appName,
    key: (app) => {
        const owner = "userProfileName" in app ? `user/${app.userProfileName}` : `space/${app.spaceName}`;
        return `${app.domainId}/${owner.toLowerCase()}/${app.appType}/${app.appName.toLowerCase()}`;
    },
    arn: (where, app) =>
        sagemakerArn(where, `app/${app.domainId}/${ownerName(app).toLowerCase()}/${app.appType.toLowerCase()}/${app.appName.toLowerCase()}`),
    alreadyExists: (app) => nameTaken("App", app.appName),
    lifecycle: APP_LIFECYCLE,
    deleteBlockers: [],
} satisfies ResourceKind<AppRecord, AppIdentity>;
