// One StudioTeam per team file in teams/, in the domain named by stack config. Each member's
// profile gets the team's defaults merged with the member's own settings, which is what the
// policy pack judges.
import * as pulumi from "@pulumi/pulumi";
import { StudioTeam } from "pulumi-sagemaker-studio";

const domainId = new pulumi.Config().require("domainId");

export = async () => {
    // The teams are judged together: a person in two teams fails before anything is created.
    const teams = await StudioTeam.loadAll("teams/*.yaml", { domainId });
    // team → member → { arn, status }
    return Object.fromEntries(teams.map((team) => [team.teamName, team.profiles]));
};
