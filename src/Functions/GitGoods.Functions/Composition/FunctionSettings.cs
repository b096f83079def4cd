using GitGoods.Hosting.Runtime;

namespace GitGoods.Composition;

/// <summary>Where a function finds its data. On AWS the CDK app sets these variables; locally the stack does.</summary>
public sealed record FunctionSettings(string? TableName, Uri? DynamoDbEndpoint, string Region)
{
    public const string TableNameVariable = "TABLE_NAME";
    public const string DynamoDbEndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    public static FunctionSettings FromEnvironment(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var endpoint = environment.GetVariable(DynamoDbEndpointVariable);
        return new FunctionSettings(
            environment.GetVariable(TableNameVariable),
            string.IsNullOrEmpty(endpoint) ? null : new Uri(endpoint),
            environment.GetVariable("AWS_REGION") ?? "ap-southeast-1");
    }

    /// <exception cref="InvalidOperationException">When the function was deployed without a table.</exception>
    public string RequireTableName() =>
        string.IsNullOrEmpty(TableName)
            ? throw new InvalidOperationException($"{TableNameVariable} is not set: this function needs the shop table.")
            : TableName;
}
