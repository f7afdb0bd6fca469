// DescribeDomain, asked once per domain per provider process (every profile of a team shares its
// domain's answer), with a not-found domain reported as what to check rather than as a bare error.
import { DescribeDomainCommand, type DescribeDomainResponse, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { subjectOf } from "./subject";
import { describeFailure, isNotFound } from "./errors";

const answers = new WeakMap<SageMakerClient, Map<string, Promise<DescribeDomainResponse | "not-found">>>();

function describeOnce(client: SageMakerClient, domainId: string): Promise<DescribeDomainResponse | "not-found"> {
    let byDomain = answers.get(client);
    if (!byDomain) {
        byDomain = new Map();
        answers.set(client, byDomain);
    }
    let answer = byDomain.get(domainId);
    if (!answer) {
        answer = client.send(new DescribeDomainCommand({ DomainId: domainId })).then(
            (domain) => domain,
            (err: unknown) => {
                byDomain!.delete(domainId); // a failure is not remembered: the next profile asks again
                if (isNotFound(err)) return "not-found" as const;
                throw err;
            },
        );
        byDomain.set(domainId, answer);
    }
    return answer;
}

/** The domain; a missing domain is an error that says what to check. */
export async function describeDomain(client: SageMakerClient, domainId: string, subject: string): Promise<DescribeDomainResponse> {
    let domain: DescribeDomainResponse | "not-found";
    try {
        domain = await describeOnce(client, domainId);
    } catch (err) {
        throw describeFailure("DescribeDomain", subject, err);
    }
    if (domain === "not-found") {
        const region = await client.config.region().catch(() => "the configured region");
        // A command's read names itself in parentheses, "(scan of d-…)"; a resource is what cannot be created.
        throw new Error(
            subject.startsWith("(")
                ? `Domain ${domainId} does not exist in ${region}. Check the domain id and the region (--region, AWS_REGION).`
                : `Domain ${domainId} does not exist in ${region}, so ${subjectOf(subject)} cannot be created. Check domainId and the region (sagemaker:region or aws:region).`,
        );
    }
    return domain;
}
