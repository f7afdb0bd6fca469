import type { IncomingMessage, ServerResponse } from "node:http";
import { serializationError, ServiceError } from "./errors";

const CONTENT_TYPE = "application/x-amz-json-1.1";
const DEFAULT_REGION = "us-east-1";
const REGION_PATTERN = /^[a-z0-9-]{1,32}$/;

/** An `X-Amz-Target` header: the service's target prefix and the operation. */
export interface Target {
    service: string;
    operation: string;
}

/** `SageMaker.CreateUserProfile` → `{service: "SageMaker", operation: "CreateUserProfile"}`; anything else → undefined. */
export function parseTarget(target: string | undefined): Target | undefined {
    const match = /^([A-Za-z0-9]+)\.([A-Za-z0-9]+)$/.exec(target ?? "");
    return match ? { service: match[1]!, operation: match[2]! } : undefined;
}

/**
 * The region of the SigV4 credential scope
 * (`Credential=AKID/20261125/us-east-1/sagemaker/aws4_request`); signatures are not verified.
 */
export function regionFromAuthorization(authorization: string | undefined): string {
    const scope = /Credential=([^,\s]+)/.exec(authorization ?? "")?.[1];
    const region = scope?.split("/")[2];
    return region && REGION_PATTERN.test(region) ? region : DEFAULT_REGION;
}

export function headerValue(request: IncomingMessage, name: string): string | undefined {
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

/** Far above any real request; keeps a runaway client from exhausting memory. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY_BYTES) throw new ServiceError("SerializationException", "Request body too large.", 413);
        chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
}

/** Both clients send `{}` for empty input; an empty body must be accepted too. */
export function parseJsonObject(text: string): Record<string, unknown> {
    if (text.trim() === "") return {};
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        throw serializationError("Start of structure or map found where not expected.");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw serializationError("Start of structure or map found where not expected.");
    }
    return parsed as Record<string, unknown>;
}

export function sendResult(response: ServerResponse, requestId: string, output: unknown): void {
    const body = JSON.stringify(output ?? {});
    response.writeHead(200, {
        "Content-Type": CONTENT_TYPE,
        "Content-Length": Buffer.byteLength(body),
        "x-amzn-RequestId": requestId,
    });
    response.end(body);
}

/** `__type` in the body for SDK v3 and botocore, the same code in `x-amzn-ErrorType` for older SDKs. */
export function sendError(response: ServerResponse, requestId: string, error: ServiceError): void {
    const body = JSON.stringify({ __type: error.code, message: error.message, ...error.fields });
    response.writeHead(error.status, {
        "Content-Type": CONTENT_TYPE,
        "Content-Length": Buffer.byteLength(body),
        "x-amzn-RequestId": requestId,
        "x-amzn-ErrorType": error.code,
    });
    response.end(body);
}

/** awsJson timestamps are epoch seconds as a JSON number, with millisecond fraction. */
export function epochSeconds(epochMillis: number): number {
    return Math.round(epochMillis) / 1000;
}
