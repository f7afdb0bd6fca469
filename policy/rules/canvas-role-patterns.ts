// Rationale: without dedicated roles Canvas passes the member's broader execution role to
// Forecast and Bedrock; cross-account model registration moves models out of the account.
import { booleanSetting, stringSetting } from "../lib/config-schema";
import { quote } from "../lib/format";
import { userProfileRule } from "../lib/rule";

const ANY_ROLE_ARN = "^arn:aws(-[a-z]+)*:iam::\\d{12}:role/.+$";

export const canvasRolePatterns = userProfileRule({
    name: "sagemaker-userprofile-canvas-role-patterns",
    description: "Canvas features must use dedicated roles of the expected form.",
    enforcementLevel: "advisory",
    severity: "medium",
    config: {
        forecastRoleArnPattern: stringSetting({ default: ANY_ROLE_ARN, description: "Regular expression for timeSeriesForecastingSettings.amazonForecastRoleArn." }),
        bedrockRoleArnPattern: stringSetting({ default: ANY_ROLE_ARN, description: "Regular expression for generativeAiSettings.amazonBedrockRoleArn." }),
        crossAccountRegisterAllowed: booleanSetting({ default: false, description: "Allow modelRegisterSettings to register models in another account." }),
    },
    check: (profile, config, report) => {
        const canvasPath = "userSettings.canvasAppSettings";
        const canvas = profile.app("canvasAppSettings");
        if (canvas === undefined) return;
        const checkRole = (path: string, role: string | undefined, pattern: string, why: string) => {
            if (role === undefined || role === "") {
                report(`${profile.label}: ${canvasPath}.${path} is not set, ${why}; set a role matching ${quote(pattern)}.`);
            } else if (!new RegExp(pattern).test(role)) {
                report(`${profile.label}: ${canvasPath}.${path} is ${quote(role)}, which does not match ${quote(pattern)}.`);
            }
        };
        const forecast = profile.unknowns.attempt(() => canvas.timeSeriesForecastingSettings ?? undefined);
        if (forecast?.status === "ENABLED") {
            checkRole("timeSeriesForecastingSettings.amazonForecastRoleArn", forecast.amazonForecastRoleArn ?? undefined,
                config.forecastRoleArnPattern, "so time-series forecasting uses the execution role");
        }
        const generativeAi = profile.unknowns.attempt(() => canvas.generativeAiSettings ?? undefined);
        if (generativeAi !== undefined) {
            checkRole("generativeAiSettings.amazonBedrockRoleArn", generativeAi.amazonBedrockRoleArn ?? undefined,
                config.bedrockRoleArnPattern, "so generative AI uses the execution role");
        }
        const register = profile.unknowns.attempt(() => canvas.modelRegisterSettings ?? undefined);
        const crossAccountRole = register?.crossAccountModelRegisterRoleArn ?? undefined;
        if (register?.status === "ENABLED" && crossAccountRole !== undefined && !config.crossAccountRegisterAllowed) {
            report(`${profile.label}: ${canvasPath}.modelRegisterSettings.crossAccountModelRegisterRoleArn is ${quote(crossAccountRole)}; ` +
                "cross-account model registration is not allowed.");
        }
    },
});
