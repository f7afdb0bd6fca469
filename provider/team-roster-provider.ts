// The dynamic provider of TeamRoster (see team-roster.ts): like provider.ts, its exports are the
// provider object and every roster's state names its path, so it stays here.
import { providerOf } from "./lifecycle/provider-object";

export = providerOf(() => {
    const { TEAM_ROSTER }: typeof import("./kinds/team-roster") = require("./kinds/team-roster");
    return TEAM_ROSTER;
});
