/** An error answered to the client in the awsJson1_1 error format. */
export class ServiceError extends Error {
    constructor(
        readonly code: string,
        message: string,
        readonly status: number = 400,
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

export function internalFailure(message = "An internal error occurred. Try again."): ServiceError {
    return new ServiceError("InternalFailure", message, 500);
}

export function unknownOperation(): ServiceError {
    return new ServiceError("UnknownOperationException", "The requested operation is not recognized by the service.");
}

export function serializationError(message: string): ServiceError {
    return new ServiceError("SerializationException", message);
}
