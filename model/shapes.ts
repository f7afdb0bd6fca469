// Pulumi-side (camelCase) types, derived from the AWS SDK's own types so they follow the SDK
// version in package.json: Camel<T> renames members the way Pulumi aws-native does; Inputs<T>
// additionally lets every property, list and list item be a Pulumi Input.

import type * as sm from "@aws-sdk/client-sagemaker";
import type { Input } from "@pulumi/pulumi";
import type { PULUMI_NAME_EXCEPTIONS } from "./schema/names";

type NameExceptions = typeof PULUMI_NAME_EXCEPTIONS;

/** The Pulumi property name for an API member name (type-level twin of names.toPulumiName). */
export type PulumiName<K extends string> = K extends keyof NameExceptions ? NameExceptions[K] : Uncapitalize<K>;

type Leaf = string | number | boolean | bigint | symbol | Date | Uint8Array | null | undefined;

// SDK unions carry a `$unknown` escape hatch for members newer than the SDK; it has no Pulumi form.
type PulumiKey<K> = K extends `$${string}` ? never : K extends string ? PulumiName<K> : never;

/** API-cased SDK type → the same type with Pulumi property names, recursively. */
export type Camel<T> =
    T extends Leaf ? T
    : T extends readonly (infer E)[] ? Camel<E>[]
    : T extends object ? { [K in keyof T as PulumiKey<K>]: Camel<T[K]> }
    : T;

/** Like Camel<T>, with every property, list and list item accepting a Pulumi Input. */
export type Inputs<T> =
    T extends Leaf ? T
    : T extends readonly (infer E)[] ? Input<Input<Inputs<E>>[]>
    : T extends object ? { [K in keyof T as PulumiKey<K>]: Input<Inputs<T[K]>> }
    : T;

// Settings of a user profile, as resource outputs (plain) and as resource arguments (Inputs).
export type UserSettings = Camel<sm.UserSettings>;
export type UserSettingsArgs = Inputs<sm.UserSettings>;
export type ResourceSpec = Camel<sm.ResourceSpec>;
export type ResourceSpecArgs = Inputs<sm.ResourceSpec>;
export type CustomImage = Camel<sm.CustomImage>;
export type CodeRepository = Camel<sm.CodeRepository>;
export type SharingSettings = Camel<sm.SharingSettings>;
export type JupyterServerAppSettings = Camel<sm.JupyterServerAppSettings>;
export type KernelGatewayAppSettings = Camel<sm.KernelGatewayAppSettings>;
export type TensorBoardAppSettings = Camel<sm.TensorBoardAppSettings>;
export type RStudioServerProAppSettings = Camel<sm.RStudioServerProAppSettings>;
export type RSessionAppSettings = Camel<sm.RSessionAppSettings>;
export type CanvasAppSettings = Camel<sm.CanvasAppSettings>;
export type CodeEditorAppSettings = Camel<sm.CodeEditorAppSettings>;
export type JupyterLabAppSettings = Camel<sm.JupyterLabAppSettings>;
export type AppLifecycleManagement = Camel<sm.AppLifecycleManagement>;
export type DefaultSpaceStorageSettings = Camel<sm.DefaultSpaceStorageSettings>;
export type CustomPosixUserConfig = Camel<sm.CustomPosixUserConfig>;
export type CustomFileSystemConfig = Camel<sm.CustomFileSystemConfig>;
export type StudioWebPortalSettings = Camel<sm.StudioWebPortalSettings>;
export type Tag = Camel<sm.Tag>;

// A space's settings and identity, as resource outputs (plain) and arguments (Inputs).
export type SpaceSettings = Camel<sm.SpaceSettings>;
export type SpaceSettingsArgs = Inputs<sm.SpaceSettings>;
export type OwnershipSettings = Camel<sm.OwnershipSettings>;
export type SpaceSharingSettings = Camel<sm.SpaceSharingSettings>;

// API-cased request/response types, re-exported so callers need not import the SDK.
export type ApiUserSettings = sm.UserSettings;
export type ApiCreateUserProfileRequest = sm.CreateUserProfileRequest;
export type ApiUpdateUserProfileRequest = sm.UpdateUserProfileRequest;
export type ApiDescribeUserProfileResponse = sm.DescribeUserProfileResponse;

// Enum value types, from the SDK's enum objects.
export type AppInstanceType = (typeof sm.AppInstanceType)[keyof typeof sm.AppInstanceType];
export type AppType = (typeof sm.AppType)[keyof typeof sm.AppType];
export type MlTools = (typeof sm.MlTools)[keyof typeof sm.MlTools];
export type AuthMode = (typeof sm.AuthMode)[keyof typeof sm.AuthMode];
export type AppNetworkAccessType = (typeof sm.AppNetworkAccessType)[keyof typeof sm.AppNetworkAccessType];
export type UserProfileStatus = (typeof sm.UserProfileStatus)[keyof typeof sm.UserProfileStatus];
export type SpaceStatus = (typeof sm.SpaceStatus)[keyof typeof sm.SpaceStatus];
export type SharingType = (typeof sm.SharingType)[keyof typeof sm.SharingType];
export type StudioWebPortal = (typeof sm.StudioWebPortal)[keyof typeof sm.StudioWebPortal];
export type AutoMountHomeEFS = (typeof sm.AutoMountHomeEFS)[keyof typeof sm.AutoMountHomeEFS];
