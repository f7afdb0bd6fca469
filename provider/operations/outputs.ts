// The resource's outputs: the program's behaviour options, and the profile as the service
// reports it, converted back to Pulumi's names once.
import { toPulumiValue } from "../../model/schema/names";
import type { UserProfileInputs, UserProfileOutputs } from "../../model/profile/profile-properties";
import type { DescribedProfile } from "../aws/profiles";
import type { Tags } from "../aws/tags";

/** `inputs` gives the behaviour options and the names to fall back on; `tags` are the program-visible tags. */
export function profileOutputs(inputs: UserProfileInputs, described: DescribedProfile, tags: Tags): UserProfileOutputs {
    const out: UserProfileOutputs = {
        domainId: described.DomainId ?? inputs.domainId,
        userProfileName: described.UserProfileName ?? inputs.userProfileName,
        arn: described.UserProfileArn ?? "",
        status: described.Status ?? "",
    };
    const set = <K extends keyof UserProfileOutputs>(key: K, value: UserProfileOutputs[K] | undefined) => {
        if (value !== undefined) {
            out[key] = value;
        }
    };
    set("singleSignOnUserIdentifier", described.SingleSignOnUserIdentifier);
    set("singleSignOnUserValue", described.SingleSignOnUserValue);
    set("tags", Object.keys(tags).length > 0 || inputs.tags !== undefined ? tags : undefined);
    set("userSettings", described.UserSettings ? (toPulumiValue("UserSettings", described.UserSettings) as UserProfileOutputs["userSettings"]) : undefined);
    set("homeEfsFileSystemUid", described.HomeEfsFileSystemUid);
    set("creationTime", described.CreationTime?.toISOString());
    set("lastModifiedTime", described.LastModifiedTime?.toISOString());
    set("failureReason", described.FailureReason);
    set("adopt", inputs.adopt);
    set("deleteApps", inputs.deleteApps);
    set("timeouts", inputs.timeouts);
    return out;
}
