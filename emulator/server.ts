import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ADMIN_PREFIX, handleAdmin } from "./admin/admin-routes";
import { RequestLog, type RequestLogEntry } from "./admin/request-log";
import type { SeedUser } from "./models/identity-center/seed-users";
import type { SeedDomain } from "./models/seed-domains";
import { FaultInjector } from "./faults/fault-injector";
import { RateLimiter } from "./faults/rate-limiter";
import type { StateStore } from "./persistence/state-store";
import {
    headerValue,
    parseJsonObject,
    parseTarget,
    readBody,
    regionFromAuthorization,
    sendError,
    sendResult,
    type Target,
} from "./protocol/aws-json";
import { internalFailure, ServiceError, throttlingError, unknownOperation } from "./protocol/errors";
import { serviceEndpoints, type ServiceEndpoint } from "./services";

export interface ServerOptions {
    accountId: string;
    latencyMs: number;
    store: StateStore;
    seedDomains: SeedDomain[];
    seedUsers: SeedUser[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A call to a service this endpoint serves. */
interface ServedTarget extends Target {
    endpoint: ServiceEndpoint;
}

/**
 * The HTTP front: admin routes under `/_admin/`, everything else is the awsJson1_1 API on `POST /`
 * of the services told apart by their `X-Amz-Target` prefix.
 */
export class SageMakerHttpServer {
    readonly requestLog = new RequestLog();
    readonly faults = new FaultInjector();
    readonly rateLimits = new RateLimiter();
    private readonly services: ReadonlyMap<string, ServiceEndpoint>;
    private readonly server: Server;

    constructor(private readonly options: ServerOptions) {
        this.services = serviceEndpoints(options);
        this.server = createServer((request, response) => {
            this.route(request, response).catch((error: unknown) => {
                if (!response.headersSent) sendError(response, randomUUID(), internalFailure(String(error)));
                else response.destroy();
            });
        });
    }

    listen(port: number, host: string): Promise<AddressInfo> {
        return new Promise((resolve, reject) => {
            this.server.once("error", reject);
            this.server.listen(port, host, () => {
                this.server.off("error", reject);
                resolve(this.server.address() as AddressInfo);
            });
        });
    }

    close(): Promise<void> {
        return new Promise((resolve) => {
            this.server.close(() => resolve());
            this.server.closeAllConnections();
        });
    }

    private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
        if ((request.url ?? "").startsWith(ADMIN_PREFIX)) {
            await handleAdmin(request, response, this);
            return;
        }
        const requestId = randomUUID();
        const arrived = new Date();
        const header = headerValue(request, "x-amz-target");
        const parsed = parseTarget(header);
        const endpoint = parsed && this.services.get(parsed.service);
        const served = parsed && endpoint ? { ...parsed, endpoint } : undefined;
        const logged: Pick<RequestLogEntry, "service" | "operation"> = served
            ? { service: served.service, operation: served.operation }
            : { operation: header ?? "" };
        try {
            const output = await this.call(request, served);
            sendResult(response, requestId, output);
            this.requestLog.record({ time: arrived.toISOString(), ...logged, status: 200 });
        } catch (caught) {
            const error = caught instanceof ServiceError ? caught : internalFailure(undefined, served?.endpoint.internalErrorCode);
            if (!(caught instanceof ServiceError)) process.stderr.write(`sagemaker-local: ${String((caught as Error)?.stack ?? caught)}\n`);
            sendError(response, requestId, error);
            this.requestLog.record({ time: arrived.toISOString(), ...logged, status: error.status, errorCode: error.code });
        }
    }

    /**
     * Throttling and injected faults come first, as the real front door answers them before the
     * service does. Rules and limits name an operation bare or by its full `X-Amz-Target`.
     */
    private async call(request: IncomingMessage, served: ServedTarget | undefined): Promise<unknown> {
        const body = await readBody(request);
        const operation = served?.endpoint.operation(served.operation);
        if (request.method !== "POST" || !served || !operation) throw unknownOperation();
        const target = `${served.service}.${served.operation}`;
        if (!this.rateLimits.admit(served.operation, Date.now(), target)) throw throttlingError();
        const decision = this.faults.decide(served.operation, target, served.endpoint.internalErrorCode);
        if (decision.delayMs > 0) await sleep(decision.delayMs);
        if (decision.error) throw decision.error;
        const input = parseJsonObject(body);
        return operation(input, {
            accountId: this.options.accountId,
            region: regionFromAuthorization(headerValue(request, "authorization")),
            latencyMs: this.options.latencyMs,
            takeFailureReason: decision.failTransition ?? (() => undefined),
        });
    }
}
