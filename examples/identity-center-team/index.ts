// A team whose members are the members of an IAM Identity Center group, in an SSO domain. Each
// member gets a profile, the assignment to the domain's Studio application that lets them open
// Studio, and a private JupyterLab space; the team shares a Code Editor space.
import * as pulumi from "@pulumi/pulumi";
import { StudioTeam } from "pulumi-sagemaker-studio";

const config = new pulumi.Config();

export = async () => {
    // The group is read at every preview and up: someone who joins gets a profile and a space.
    const team = await StudioTeam.create("data-science", {
        domainId: config.require("domainId"),
        identityCenterGroup: config.require("identityCenterGroup"),
        tags: { team: "data-science" },
        defaults: {
            executionRole: config.require("executionRole"),
            spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 20, maximumEbsVolumeSizeInGb: 100 } },
        },
        privateSpace: { appType: "JupyterLab", instanceType: "ml.t3.medium", ebsVolumeSizeInGb: 20 },
        sharedSpaces: [{ name: "data-science-shared", appType: "CodeEditor", instanceType: "ml.t3.large" }],
    });
    return {
        profiles: team.profiles, // member → { arn, status }
        privateSpaces: Object.fromEntries(Object.entries(team.privateSpaces).map(([member, space]) => [member, space.spaceName])),
        sharedSpaces: Object.keys(team.sharedSpaces),
    };
};
