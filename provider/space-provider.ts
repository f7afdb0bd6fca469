// The dynamic provider of Space (see space.ts): like provider.ts, its exports are the provider
// object and every space's state names its path, so it stays here.
import { providerOf } from "./lifecycle/provider-object";

export = providerOf(() => {
    const { SPACE }: typeof import("./kinds/space") = require("./kinds/space");
    return SPACE;
});
