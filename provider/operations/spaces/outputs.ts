// A space resource's outputs: the program's behaviour options, and the space as the service
// reports it, converted back to Pulumi's names once.
import type { OwnershipSettings, SpaceSettings, SpaceSharingSettings } from "../../../model/shapes";
import { toPulumiValue } from "../../../model/schema/names";
import type { SpaceInputs, SpaceOutputs } from "../../../model/space/space-properties";
import type { DescribedSpace } from "../../aws/spaces";
import type { Tags } from "../../aws/tags";
import { recordBookkeeping } from "../bookkeeping";

export interface SpaceOutputSource {
    readonly inputs: SpaceInputs;
    readonly owner?: string;
    readonly programSets?: readonly string[];
}

/** The outputs; `tags` are the program-visible tags (without the owner tag). */
export function spaceOutputs(source: SpaceOutputSource, described: DescribedSpace, tags: Tags): SpaceOutputs {
    const inputs = source.inputs;
    const out: SpaceOutputs = {
        domainId: described.DomainId ?? inputs.domainId,
        spaceName: described.SpaceName ?? inputs.spaceName,
        arn: described.SpaceArn ?? "",
        status: described.Status ?? "",
    };
    const set = <K extends keyof SpaceOutputs>(key: K, value: SpaceOutputs[K] | undefined) => {
        if (value !== undefined) {
            out[key] = value;
        }
    };
    set("spaceDisplayName", described.SpaceDisplayName);
    set("ownershipSettings", described.OwnershipSettings ? (toPulumiValue("OwnershipSettings", described.OwnershipSettings) as OwnershipSettings) : undefined);
    set("spaceSharingSettings", described.SpaceSharingSettings ? (toPulumiValue("SpaceSharingSettings", described.SpaceSharingSettings) as SpaceSharingSettings) : undefined);
    set("spaceSettings", described.SpaceSettings ? (toPulumiValue("SpaceSettings", described.SpaceSettings) as SpaceSettings) : undefined);
    set("tags", Object.keys(tags).length > 0 || inputs.tags !== undefined ? tags : undefined);
    set("homeEfsFileSystemUid", described.HomeEfsFileSystemUid);
    set("url", described.Url);
    set("creationTime", described.CreationTime?.toISOString());
    set("lastModifiedTime", described.LastModifiedTime?.toISOString());
    set("failureReason", described.FailureReason);
    set("adopt", inputs.adopt);
    set("deleteApps", inputs.deleteApps);
    set("timeouts", inputs.timeouts);
    recordBookkeeping(out, source.owner, source.programSets);
    return out;
}
