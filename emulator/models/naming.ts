/** Names, keys and ARNs of the Studio resources. */

/** The region and account an ARN names. */
export interface Partition {
    region: string;
    accountId: string;
}

export function sagemakerArn(where: Partition, resource: string): string {
    return `arn:aws:sagemaker:${where.region}:${where.accountId}:${resource}`;
}

export function nameTaken(noun: string, name: string): string {
    return `Resource Already Exists: ${noun} with name ${name} already exists. Choose a different name.`;
}

/**
 * A name unique in its domain regardless of case and kept as given: the key and the ARN carry it
 * lower-cased, as the real service's ARNs do (`user-profile/d-…/default-20240725t130739`).
 */
export function namedInDomain<I extends { domainId: string }>(noun: string, arnType: string, nameOf: (identity: I) => string) {
    return {
        nameOf,
        key: (identity: I) => `${identity.domainId}/${nameOf(identity).toLowerCase()}`,
        arn: (where: Partition, identity: I) => sagemakerArn(where, `${arnType}/${identity.domainId}/${nameOf(identity).toLowerCase()}`),
        alreadyExists: (identity: I) => nameTaken(noun, nameOf(identity)),
    };
}
