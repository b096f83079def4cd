using System.Globalization;
using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>The <c>$$</c> context object of one execution: Execution, StateMachine and State, as Step Functions provides them.</summary>
internal sealed class ExecutionContextObject(string stateMachineName, string executionName, DateTimeOffset startTime, JsonNode? input)
{
    private const string ArnPrefix = "arn:aws:states:ap-southeast-1:000000000000:";

    public string ExecutionId { get; } = $"{ArnPrefix}express:{stateMachineName}:{executionName}:{Guid.NewGuid()}";

    public JsonObject For(string stateName, DateTimeOffset enteredTime, int retryCount) => new()
    {
        ["Execution"] = new JsonObject
        {
            ["Id"] = ExecutionId,
            ["Name"] = executionName,
            ["StartTime"] = Timestamp(startTime),
            ["Input"] = input?.DeepClone(),
        },
        ["StateMachine"] = new JsonObject
        {
            ["Id"] = $"{ArnPrefix}stateMachine:{stateMachineName}",
            ["Name"] = stateMachineName,
        },
        ["State"] = new JsonObject
        {
            ["Name"] = stateName,
            ["EnteredTime"] = Timestamp(enteredTime),
            ["RetryCount"] = retryCount,
        },
    };

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
