// The Space kind: a Studio space, where JupyterLab and Code Editor run. Its owner, sharing type and
// app type cannot change (UpdateSpace has no member for them), and its storage volume goes with
// it: a replacement or a delete says the files are lost. Its rules read the domain and the owner.
import { createSpaceRequest, checkSpace } from "../../model/space/space-check";
import { SPACE_INPUT_PROPERTIES, SPACE_OUTPUT_PROPERTIES } from "../../model/space/space-properties";
import { listBlockers } from "../../gateway/blockers";
import { SPACE_CALLS } from "../../gateway/spaces";
import type { ResourceKind } from "../lifecycle/kind";
import { checkSpaceFits, previewFit } from "./space-fit";

export const SPACE: ResourceKind = {
    type: "Space",
    noun: "space",
    shortNoun: "space",
    nameProperty: "spaceName",
    inputProperties: SPACE_INPUT_PROPERTIES,
    outputProperties: SPACE_OUTPUT_PROPERTIES,
    checkInputs: checkSpace,
    createRequest: createSpaceRequest,
    immutable: [
        { property: "ownershipSettings", path: ["ownershipSettings", "ownerUserProfileName"], describedPath: ["OwnershipSettings", "OwnerUserProfileName"], caseInsensitive: true },
        { property: "spaceSharingSettings", path: ["spaceSharingSettings", "sharingType"], describedPath: ["SpaceSharingSettings", "SharingType"] },
        { property: "spaceSettings", path: ["spaceSettings", "appType"], describedPath: ["SpaceSettings", "AppType"], onlyWhenSet: true },
    ],
    compared: ["adopt", "deleteApps", "retainOnDelete", "timeouts"],
    record: {
        calls: SPACE_CALLS,
        members: { name: "SpaceName", arn: "SpaceArn" },
        settings: { property: "spaceSettings", root: "SpaceSettings" },
        createOnlySettings: ["AppType"],
        updatable: [{ property: "spaceDisplayName", member: "SpaceDisplayName" }],
        outputs: [
            { property: "spaceDisplayName", member: "SpaceDisplayName" },
            { property: "ownershipSettings", member: "OwnershipSettings", shape: "OwnershipSettings" },
            { property: "spaceSharingSettings", member: "SpaceSharingSettings", shape: "SpaceSharingSettings" },
            { property: "spaceSettings", member: "SpaceSettings", shape: "SpaceSettings" },
            "tags",
            { property: "homeEfsFileSystemUid", member: "HomeEfsFileSystemUid" },
            { property: "url", member: "Url" },
            { property: "creationTime", member: "CreationTime", date: true },
            { property: "lastModifiedTime", member: "LastModifiedTime", date: true },
        ],
        blockers: (client, domainId, name, subject) => listBlockers(client, { domainId, spaceName: name }, subject),
        losesStorage: true,
        previewRules: previewFit,
        rulesBeforeWrite: checkSpaceFits,
    },
};
