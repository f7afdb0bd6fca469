// The outcomes every call on a resource has, whatever the resource: a describe finds it or not, a
// create makes it or finds one of that name already there (names compare without regard to case),
// a delete starts or finds it gone. An error that means one of those outcomes is an answer; any
// other says which call failed on what and what to do (errors.ts).
import { describeFailure, errorName, isInUse, isNotFound, type IamService } from "./errors";

/** Runs one call; an error `means` recognises answers `instead`. */
async function answered<T, A>(operation: string, subject: string, send: () => Promise<T>, means: (err: unknown) => boolean, instead: A, service: IamService): Promise<T | A> {
    try {
        return await send();
    } catch (err) {
        if (means(err)) return instead;
        throw describeFailure(operation, subject, err, service);
    }
}

/** The answer, or undefined when there is no such resource. */
export function describeOrAbsent<T>(operation: string, subject: string, send: () => Promise<T>, service: IamService = "sagemaker"): Promise<T | undefined> {
    return answered(operation, subject, send, isNotFound, undefined, service);
}

/** "exists" when a resource of that name is already there (SageMaker's ResourceInUse, Identity Center's ConflictException). */
export function createOrExists(operation: string, subject: string, send: () => Promise<unknown>, service: IamService = "sagemaker"): Promise<"created" | "exists"> {
    const exists = (err: unknown) => isInUse(err) || errorName(err) === "ConflictException";
    return answered(operation, subject, async () => (await send(), "created" as const), exists, "exists" as const, service);
}

/** "gone" when there was nothing to delete. */
export function deleteOrGone(operation: string, subject: string, send: () => Promise<unknown>, service: IamService = "sagemaker"): Promise<"deleting" | "gone"> {
    return answered(operation, subject, async () => (await send(), "deleting" as const), isNotFound, "gone" as const, service);
}
