/** An error answered to the client in the awsJson1_1 error format. */
export class ServiceError extends Error {
    constructor(
        readonly code: string,
        message: string,
        readonly status: number = 400,
        /** Further members of the error shape, e.g. the identity store's `ResourceType`. */
        readonly fields: Readonly<Record<string, string>> = {},
    ) {
        super(message);
        this.name = code;
    }
}

export function validationError(message: string): ServiceError {
    return new ServiceError("ValidationException", message);
}

/** SageMaker's modeled errors carry no "Exception" suffix. */
export function resourceNotFound(message: string): ServiceError {
    return new ServiceError("ResourceNotFound", message);
}

export function resourceInUse(message: string): ServiceError {
    return new ServiceError("ResourceInUse", message);
}

export function throttlingError(): ServiceError {
    return new ServiceError("ThrottlingException", "Rate exceeded");
}

/** SageMaker answers `InternalFailure`; Identity Center's services `InternalServerException`. */
export function internalFailure(message = "An internal error occurred. Try again.", code = "InternalFailure"): ServiceError {
    return new ServiceError(code, message, 500);
}

export function unknownOperation(): ServiceError {
    return new ServiceError("UnknownOperationException", "The requested operation is not recognized by the service.");
}

export function serializationError(message: string): ServiceError {
    return new ServiceError("SerializationException", message);
}
