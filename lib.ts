// The package's public API.
export {};
