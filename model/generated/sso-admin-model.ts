// Generated file; do not edit.
// Source: botocore==1.44.18 (PyPI wheel sha256 300bc45095e810c5d915cefacdd6ea9ef786fe566aa4e221bf0449b4e0e95076), botocore/data/sso-admin/2020-07-20/service-2.json.gz.
// Regenerate with `npm run generate:model` (node scripts/generate-service-model.js).
import type { OperationDef, ShapeDef } from "../shape-def";

export const BOTOCORE_VERSION = "1.44.18";

export const SHAPES = {
    AccessDeniedException: {"type":"structure","members":{"Message":"AccessDeniedExceptionMessage","Reason":"AccessDeniedExceptionReason"},"error":true},
    AccessDeniedExceptionMessage: {"type":"string"},
    AccessDeniedExceptionReason: {"type":"string","enum":["KMS_AccessDeniedException"]},
    AccountId: {"type":"string","min":12,"max":12,"pattern":"\\d{12}"},
    ApplicationArn: {"type":"string","min":10,"max":1224,"pattern":"arn:aws(-[a-z]{1,5}){0,3}:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}"},
    ApplicationAssignment: {"type":"structure","members":{"ApplicationArn":"ApplicationArn","PrincipalId":"PrincipalId","PrincipalType":"PrincipalType"},"required":["ApplicationArn","PrincipalId","PrincipalType"]},
    ApplicationAssignmentsList: {"type":"list","member":"ApplicationAssignment"},
    ConflictException: {"type":"structure","members":{"Message":"ConflictExceptionMessage"},"error":true},
    ConflictExceptionMessage: {"type":"string"},
    CreateApplicationAssignmentRequest: {"type":"structure","members":{"ApplicationArn":"ApplicationArn","PrincipalId":"PrincipalId","PrincipalType":"PrincipalType"},"required":["ApplicationArn","PrincipalId","PrincipalType"]},
    CreateApplicationAssignmentResponse: {"type":"structure","members":{}},
    Date: {"type":"timestamp"},
    DeleteApplicationAssignmentRequest: {"type":"structure","members":{"ApplicationArn":"ApplicationArn","PrincipalId":"PrincipalId","PrincipalType":"PrincipalType"},"required":["ApplicationArn","PrincipalId","PrincipalType"]},
    DeleteApplicationAssignmentResponse: {"type":"structure","members":{}},
    DescribeApplicationAssignmentRequest: {"type":"structure","members":{"ApplicationArn":"ApplicationArn","PrincipalId":"PrincipalId","PrincipalType":"PrincipalType"},"required":["ApplicationArn","PrincipalId","PrincipalType"]},
    DescribeApplicationAssignmentResponse: {"type":"structure","members":{"PrincipalType":"PrincipalType","PrincipalId":"PrincipalId","ApplicationArn":"ApplicationArn"}},
    Id: {"type":"string","min":1,"max":64,"pattern":"[a-zA-Z0-9-]*"},
    InstanceArn: {"type":"string","min":10,"max":1224,"pattern":"arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}"},
    InstanceIdentityStoreArn: {"type":"string","min":62,"max":93,"pattern":"arn:aws(-[a-z]{1,5}){0,3}:identitystore::\\d{12}:identitystore/(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"},
    InstanceList: {"type":"list","member":"InstanceMetadata","min":0,"max":10},
    InstanceMetadata: {"type":"structure","members":{"InstanceArn":"InstanceArn","IdentityStoreId":"Id","IdentityStoreArn":"InstanceIdentityStoreArn","OwnerAccountId":"AccountId","Name":"NameType","CreatedDate":"Date","Status":"InstanceStatus","StatusReason":"Reason","PrimaryRegion":"RegionName","Regions":"RegionMetadataList"}},
    InstanceStatus: {"type":"string","enum":["CREATE_IN_PROGRESS","CREATE_FAILED","DELETE_IN_PROGRESS","ACTIVE"]},
    InternalFailureMessage: {"type":"string"},
    InternalServerException: {"type":"structure","members":{"Message":"InternalFailureMessage"},"error":true},
    IsPrimaryRegion: {"type":"boolean"},
    ListApplicationAssignmentsRequest: {"type":"structure","members":{"ApplicationArn":"ApplicationArn","MaxResults":"MaxResults","NextToken":"Token"},"required":["ApplicationArn"]},
    ListApplicationAssignmentsResponse: {"type":"structure","members":{"ApplicationAssignments":"ApplicationAssignmentsList","NextToken":"Token"}},
    ListInstancesRequest: {"type":"structure","members":{"MaxResults":"MaxResults","NextToken":"Token","RegionScope":"RegionScope"}},
    ListInstancesResponse: {"type":"structure","members":{"Instances":"InstanceList","NextToken":"Token"}},
    MaxResults: {"type":"integer","min":1,"max":100},
    NameType: {"type":"string","min":0,"max":255,"pattern":"[\\w+=,.@-]+"},
    PrincipalId: {"type":"string","min":1,"max":47,"pattern":"([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}"},
    PrincipalType: {"type":"string","enum":["USER","GROUP"]},
    Reason: {"type":"string","pattern":"[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*"},
    RegionMetadata: {"type":"structure","members":{"RegionName":"RegionName","Status":"RegionStatus","AddedDate":"Date","IsPrimaryRegion":"IsPrimaryRegion"}},
    RegionMetadataList: {"type":"list","member":"RegionMetadata"},
    RegionName: {"type":"string","min":1,"max":32,"pattern":"([a-z]+-){2,3}\\d"},
    RegionScope: {"type":"string","enum":["CURRENT_REGION","ALL_REGIONS"]},
    RegionStatus: {"type":"string","enum":["ACTIVE","ADDING","REMOVING"]},
    ResourceNotFoundException: {"type":"structure","members":{"Message":"ResourceNotFoundMessage","Reason":"ResourceNotFoundExceptionReason"},"error":true},
    ResourceNotFoundExceptionReason: {"type":"string","enum":["KMS_NotFoundException"]},
    ResourceNotFoundMessage: {"type":"string"},
    ServiceQuotaExceededException: {"type":"structure","members":{"Message":"ServiceQuotaExceededMessage"},"error":true},
    ServiceQuotaExceededMessage: {"type":"string"},
    ThrottlingException: {"type":"structure","members":{"Message":"ThrottlingExceptionMessage","Reason":"ThrottlingExceptionReason"},"error":true},
    ThrottlingExceptionMessage: {"type":"string"},
    ThrottlingExceptionReason: {"type":"string","enum":["KMS_ThrottlingException"]},
    Token: {"type":"string","min":0,"max":2048,"pattern":"[-a-zA-Z0-9+=/_]*"},
    ValidationException: {"type":"structure","members":{"Message":"ValidationExceptionMessage","Reason":"ValidationExceptionReason"},"error":true},
    ValidationExceptionMessage: {"type":"string"},
    ValidationExceptionReason: {"type":"string","enum":["KMS_InvalidKeyUsageException","KMS_InvalidStateException","KMS_DisabledException"]},
} as const satisfies Record<string, ShapeDef>;

export const OPERATIONS = {
    CreateApplicationAssignment: {"input":"CreateApplicationAssignmentRequest","output":"CreateApplicationAssignmentResponse","errors":["ServiceQuotaExceededException","ThrottlingException","InternalServerException","ResourceNotFoundException","AccessDeniedException","ValidationException","ConflictException"]},
    DeleteApplicationAssignment: {"input":"DeleteApplicationAssignmentRequest","output":"DeleteApplicationAssignmentResponse","errors":["ThrottlingException","InternalServerException","ResourceNotFoundException","AccessDeniedException","ValidationException","ConflictException"]},
    DescribeApplicationAssignment: {"input":"DescribeApplicationAssignmentRequest","output":"DescribeApplicationAssignmentResponse","errors":["ThrottlingException","InternalServerException","ResourceNotFoundException","AccessDeniedException","ValidationException"]},
    ListApplicationAssignments: {"input":"ListApplicationAssignmentsRequest","output":"ListApplicationAssignmentsResponse","errors":["ThrottlingException","InternalServerException","ResourceNotFoundException","AccessDeniedException","ValidationException"]},
    ListInstances: {"input":"ListInstancesRequest","output":"ListInstancesResponse","errors":["ThrottlingException","InternalServerException","AccessDeniedException","ValidationException"]},
} as const satisfies Record<string, OperationDef>;

export type ShapeName = keyof typeof SHAPES;
export type OperationName = keyof typeof OPERATIONS;
