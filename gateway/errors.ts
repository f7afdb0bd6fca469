// Errors a user can act on: which operation failed on which profile or space, the
// service's words with property paths in our names, and what to do.
import { toPulumiName } from "../model/schema/names";
import { subjectOf } from "./subject";
import { THROTTLE_BUDGET_MS } from "./retry-strategy";

interface AwsError {
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
}

export function errorName(err: unknown): string {
    return (err as AwsError)?.name ?? "";
}

/**
 * The forms in which a service says "there is no such resource". SageMaker models ResourceNotFound
 * (and Identity Center ResourceNotFoundException), but answers some cases with a
 * ValidationException instead; the Terraform AWS provider treats these as gone too:
 *  - DescribeSpace of a missing space: "... RecordNotFound" (internal/service/sagemaker/space.go, findSpaceByName);
 *  - DeleteApp of an app already deleted: "... has already been deleted", or of one whose creation
 *    failed: "... previously failed and was automatically deleted" (internal/service/sagemaker/app.go, resourceAppDelete).
 */
const NOT_FOUND_VALIDATION_MESSAGES = [/RecordNotFound/, /has already been deleted/, /previously failed and was automatically deleted/];

export function isNotFound(err: unknown): boolean {
    const name = errorName(err);
    if (name === "ResourceNotFound" || name === "ResourceNotFoundException") {
        return true;
    }
    const message = (err as AwsError)?.message ?? "";
    return name === "ValidationException" && NOT_FOUND_VALIDATION_MESSAGES.some((form) => form.test(message));
}

export function isInUse(err: unknown): boolean {
    return errorName(err) === "ResourceInUse";
}

/** `'userSettings.kernelGatewayAppSettings.customImages.1.member.imageName'` → our path. */
export function translateAwsPaths(message: string): string {
    return message.replace(/at '([^']+)'/g, (_all, awsPath: string) => {
        const parts = awsPath.split(".");
        let out = "";
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i];
            if (/^\d+$/.test(part) && parts[i + 1] === "member") {
                out += `[${Number(part) - 1}]`;
                i++;
            } else {
                const name = toPulumiName(part.charAt(0).toUpperCase() + part.slice(1));
                out += out === "" ? name : `.${name}`;
            }
        }
        return `at '${out}'`;
    });
}

/** The IAM action prefix of each service the provider calls. */
export type IamService = "sagemaker" | "sso" | "identitystore";

const SERVICE_NAMES: Record<IamService, string> = { sagemaker: "SageMaker", sso: "IAM Identity Center", identitystore: "the Identity Center identity store" };

/** Node's codes for an endpoint that cannot be reached (a name that does not resolve, a closed port). */
const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/** Where each service's endpoint is set: the provider's stack config, and the commands' flags. */
const ENDPOINT_SETTINGS: Record<IamService, string> = {
    sagemaker: "sagemaker:endpoint in stack config, --endpoint-url for sagemaker-studio",
    sso: "sagemaker:ssoAdminEndpoint in stack config, --identity-center-endpoint-url for sagemaker-studio; sagemaker-local serves it on its SageMaker port",
    identitystore: "sagemaker:identityStoreEndpoint in stack config, --identity-center-endpoint-url for sagemaker-studio; sagemaker-local serves it on its SageMaker port",
};

/** Wraps an SDK error: "<Operation> of user profile d-…/alice failed: <Code>: <message>. <what to do>". */
export function describeFailure(operation: string, subject: string, err: unknown, service: IamService = "sagemaker"): Error {
    const name = errorName(err) || "Error";
    const raw = (err as AwsError)?.message ?? String(err);
    let hint = "";
    switch (name) {
        case "AccessDeniedException":
        case "AccessDenied":
            hint = ` The caller's IAM policy must allow ${service}:${operation}${service === "sagemaker" ? " on this resource" : ""}.`;
            break;
        case "ThrottlingException":
            hint = ` ${SERVICE_NAMES[service]} kept throttling this call for ${THROTTLE_BUDGET_MS / 60_000} minutes while the provider spaced its calls out; lower --parallel, ask AWS to raise the account's rate limit, or run again.`;
            break;
        case "ResourceLimitExceeded":
            hint = " A SageMaker quota is exhausted; request an increase in Service Quotas.";
            break;
        case "UnrecognizedClientException":
        case "InvalidSignatureException":
        case "ExpiredTokenException":
        case "CredentialsProviderError":
            hint = " Check the AWS credentials (aws:profile, AWS_PROFILE or the environment).";
            break;
    }
    if (hint === "" && UNREACHABLE.has(String((err as { code?: unknown })?.code))) {
        hint = ` ${SERVICE_NAMES[service]}'s endpoint could not be reached: check the network and the region, or the endpoint setting (${ENDPOINT_SETTINGS[service]}).`;
    }
    const message = name === "ValidationException" ? translateAwsPaths(raw) : raw;
    return new Error(`${operation} of ${subjectOf(subject)} failed: ${name}: ${message}.${hint}`.replace(/\.\./g, "."));
}

/** Runs one SDK call, turning its error into describeFailure's actionable message. */
export async function withFailureContext<T>(operation: string, subject: string, run: () => Promise<T>, service: IamService = "sagemaker"): Promise<T> {
    try {
        return await run();
    } catch (err) {
        throw describeFailure(operation, subject, err, service);
    }
}
