// The dynamic provider of UserProfile. This module's exports *are* the provider object (see
// user-profile.ts), and every stack's state names it (`pulumi-sagemaker-studio/provider`, or
// `…/dist/provider/provider.js` in state written by earlier releases), so it stays at this path:
// the lifecycle over the UserProfile kind, loaded on first use.
import { providerOf } from "./lifecycle/provider-object";

export = providerOf(() => {
    const { USER_PROFILE }: typeof import("./kinds/user-profile") = require("./kinds/user-profile");
    return USER_PROFILE;
});
