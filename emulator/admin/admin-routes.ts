import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { hasOwn } from "../../model/plain-object";
import { parseFaultRules, parseRateLimits } from "../faults/fault-rules";
import type { FaultInjector } from "../faults/fault-injector";
import type { RateLimiter } from "../faults/rate-limiter";
import { readBody } from "../protocol/aws-json";
import type { RequestLog } from "./request-log";

export const ADMIN_PREFIX = "/_admin/";

export interface AdminTargets {
    requestLog: RequestLog;
    faults: FaultInjector;
    rateLimits: RateLimiter;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(text),
        "x-amzn-RequestId": randomUUID(),
    });
    response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
    const text = await readBody(request);
    return JSON.parse(text === "" ? "null" : text);
}

/** One piece of test control: read with GET, changed with POST (when it can be), cleared with DELETE. */
interface AdminResource {
    read(): unknown;
    write?(body: unknown): void;
    clear(): void;
}

function adminResources(targets: AdminTargets): Record<string, AdminResource> {
    return {
        requests: { read: () => targets.requestLog.list(), clear: () => targets.requestLog.clear() },
        faults: {
            read: () => targets.faults.list(),
            write: (body) => targets.faults.add(parseFaultRules(body)),
            clear: () => targets.faults.clear(),
        },
        "rate-limits": {
            read: () => targets.rateLimits.current(),
            write: (body) => targets.rateLimits.set(parseRateLimits(body)),
            clear: () => targets.rateLimits.set({}),
        },
    };
}

/** The test-control surface, outside the AWS API: request log, fault rules, rate limits. POST answers what GET would. */
export async function handleAdmin(request: IncomingMessage, response: ServerResponse, targets: AdminTargets): Promise<void> {
    const path = (request.url ?? "").split("?")[0]!.slice(ADMIN_PREFIX.length).replace(/\/$/, "");
    const method = request.method ?? "GET";
    const resources = adminResources(targets);
    const resource = hasOwn(resources, path) ? resources[path] : undefined;
    try {
        if (resource && method === "GET") return sendJson(response, 200, resource.read());
        if (resource?.write && method === "POST") {
            resource.write(await readJson(request));
            return sendJson(response, 200, resource.read());
        }
        if (resource && method === "DELETE") {
            resource.clear();
            return sendJson(response, 200, {});
        }
        return sendJson(response, 404, { error: `No admin route ${method} ${path}` });
    } catch (error) {
        return sendJson(response, 400, { error: (error as Error).message });
    }
}
