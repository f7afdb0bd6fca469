// The version this host reports to the engine: that of the CLI it stands beside.
export const HOST_VERSION = "3.274.1";
