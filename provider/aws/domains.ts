// DescribeDomain, with a not-found domain reported as what to check rather than as a bare error.
import { DescribeDomainCommand, type DescribeDomainResponse, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { describeFailure, isNotFound } from "./errors";

export async function describeDomain(client: SageMakerClient, domainId: string, profile: string): Promise<DescribeDomainResponse> {
    try {
        return await client.send(new DescribeDomainCommand({ DomainId: domainId }));
    } catch (err) {
        if (isNotFound(err)) {
            const region = await client.config.region().catch(() => "the configured region");
            throw new Error(
                `Domain ${domainId} does not exist in ${region}, so user profile ${profile} cannot be created. ` +
                    `Check domainId and the region (sagemaker:region or aws:region).`,
            );
        }
        throw describeFailure("DescribeDomain", profile, err);
    }
}
