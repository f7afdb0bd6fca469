import type { BackendContext } from "./context";
import { createDomain } from "./kinds/domain";
import { recordAt } from "./record-store";

/** `--seed-domain d-abc123def456[:SSO][:VpcOnly]`: a domain with a known id, InService from the start. */
export interface SeedDomain {
    domainId: string;
    authMode: "IAM" | "SSO";
    appNetworkAccessType: "PublicInternetOnly" | "VpcOnly";
}

const DOMAIN_ID = /^d-(-*[a-z0-9]){1,61}$/;

export function parseSeedDomain(spec: string): SeedDomain {
    const [domainId, ...flags] = spec.split(":");
    if (!domainId || !DOMAIN_ID.test(domainId) || domainId.length > 63) {
        throw new Error(`Invalid seed domain id '${domainId ?? ""}': must match d-(-*[a-z0-9]){1,61}`);
    }
    const seed: SeedDomain = { domainId, authMode: "IAM", appNetworkAccessType: "PublicInternetOnly" };
    for (const flag of flags) {
        if (flag === "SSO") seed.authMode = "SSO";
        else if (flag === "VpcOnly") seed.appNetworkAccessType = "VpcOnly";
        else throw new Error(`Unknown seed domain option '${flag}' in '${spec}' (expected SSO or VpcOnly)`);
    }
    return seed;
}

/** Adds the seed domains a region does not have yet. */
export function plantSeedDomains(context: BackendContext, seeds: SeedDomain[]): boolean {
    let planted = false;
    for (const seed of seeds) {
        if (recordAt(context.state.domains, seed.domainId)) continue;
        createDomain(context, {
            domainId: seed.domainId,
            domainName: seed.domainId,
            authMode: seed.authMode,
            appNetworkAccessType: seed.appNetworkAccessType,
            settings: {
                DefaultUserSettings: {},
                ...(seed.appNetworkAccessType === "VpcOnly"
                    ? { VpcId: "vpc-0123456789abcdef0", SubnetIds: ["subnet-0123456789abcdef0"] }
                    : {}),
            },
            tags: [],
            immediatelyInService: true,
        });
        planted = true;
    }
    return planted;
}
