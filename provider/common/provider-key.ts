/** The property of every dynamic resource that holds its serialized provider (Pulumi's name). */
export const PROVIDER_KEY = "__provider";
