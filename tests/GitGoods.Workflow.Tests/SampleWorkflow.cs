using System.Text.Json.Nodes;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

/// <summary>
/// A representative workflow using every part of the subset: Lambda tasks with Retry/Catch/ResultSelector/OutputPath,
/// a Choice, SNS and SES v2 integrations, Pass, Succeed and Fail.
/// </summary>
internal static class SampleWorkflow
{
    public const string TopicArn = "arn:aws:sns:ap-southeast-1:000000000000:notices";
    public const string SnsPublish = "arn:aws:states:::sns:publish";
    public const string SendEmail = "arn:aws:states:::aws-sdk:sesv2:sendEmail";

    public static WorkflowDefinition Definition { get; } = new(
        "Sample: check, process, notify, compensate on failure",
        "Check",
        [
            new TaskState("Check", new LambdaFunction("check-input"))
            {
                ResultSelector = new JsonObject { ["valid.$"] = "$.Payload.valid" },
                ResultPath = "$.check",
                TimeoutSeconds = 10,
                Retry = [new RetryPolicy(["Lambda.ServiceException", "Lambda.TooManyRequestsException"], 1, 2, 2.0, 5, JitterStrategy.Full)],
                Catch = [new CatchRule(["ValidationException"], "Rejected", "$.error")],
                Next = "Route",
            },
            new ChoiceState("Route",
            [
                ChoiceRule.IsPresent("$.error", true, "Rejected"),
                ChoiceRule.BooleanEquals("$.check.valid", true, "Process"),
                ChoiceRule.StringEquals("$.mode", "manual", "Rejected"),
            ])
            { Default = "Rejected" },
            new TaskState("Process", new LambdaFunction("process") { Payload = new JsonObject { ["id.$"] = "$.id", ["source"] = "sample" } })
            {
                OutputPath = "$.Payload",
                TimeoutSeconds = 30,
                Retry =
                [
                    new RetryPolicy(["Lambda.ServiceException"], 2, 3, 2.0),
                    new RetryPolicy([WorkflowErrors.All], 1, 1, 1.0),
                ],
                Catch = [new CatchRule([WorkflowErrors.All], "Compensate", "$.error")],
                Next = "Notify",
            },
            new TaskState("Notify", new ServiceIntegration(SnsPublish, new JsonObject
            {
                ["TopicArn"] = TopicArn,
                ["Message.$"] = "$.message",
            }))
            {
                ResultPath = null,
                Next = "Email",
            },
            new TaskState("Email", new ServiceIntegration(SendEmail, new JsonObject
            {
                ["FromEmailAddress"] = "shop@example.com",
                ["Destination"] = new JsonObject { ["ToAddresses.$"] = "$.recipients" },
                ["Content"] = new JsonObject
                {
                    ["Simple"] = new JsonObject
                    {
                        ["Subject"] = new JsonObject { ["Data"] = "Done" },
                        ["Body"] = new JsonObject { ["Text"] = new JsonObject { ["Data.$"] = "$.message" } },
                    },
                },
            }))
            {
                ResultSelector = new JsonObject { ["messageId.$"] = "$.MessageId" },
                ResultPath = "$.email",
                Next = "Done",
            },
            new SucceedState("Done"),
            new TaskState("Compensate", new LambdaFunction("compensate")) { ResultPath = null, Next = "Failed" },
            new FailState("Failed", "ProcessingFailed", "Processing failed and was compensated."),
            new PassState("Rejected") { Result = new JsonObject { ["status"] = "rejected" }, ResultPath = "$.outcome", End = true },
        ])
    {
        TimeoutSeconds = 300,
    };
}
