using System.Text.Json;

using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>Least privilege: each function's role gets exactly the table access its manifest entry asks for.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class DataAccessGrantsTests(SynthesizedGitGoods app)
{
    private static readonly string[] ReadActions =
    [
        "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem",
        "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:Query", "dynamodb:Scan",
    ];

    private static readonly string[] WriteActions =
    [
        "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
        "dynamodb:TransactWriteItems", "dynamodb:*",
    ];

    public static TheoryData<string> ReadOnlyFunctions => Named(TableAccess.Read);

    /// <summary>No table access (the readiness function's single GetItem is checked by ReadinessAccessTests).</summary>
    public static TheoryData<string> FunctionsWithoutData =>
        [.. FunctionManifest.All.Where(f => f.Access.Table == TableAccess.None && !f.Access.Readiness).Select(f => f.Name)];

    public static TheoryData<string> ReadWriteFunctions => Named(TableAccess.ReadWrite);

    [Fact]
    public void SellerProductWrites_AreTheReadWriteFunctions_AndTheShopperReadsStayReadOnly()
    {
        Named(TableAccess.ReadWrite).Should().Contain(["CreateProduct", "UpdateProduct", "DeleteProduct"]);
        Named(TableAccess.Read).Should().Contain(["ListProducts", "GetProduct", "ListPlatforms", "ListSellerProducts"]);
    }

    [Theory]
    [MemberData(nameof(ReadWriteFunctions))]
    public void ReadWriteFunction_GetsTransactionalWrites_OnlyOnTheTable(string name)
    {
        var tableId = app.LogicalId(app.Stack.Table!.Table);
        var idempotencyTableId = app.LogicalId(app.Stack.Idempotency.Table);
        var usesIdempotency = FunctionManifest.Find(name)!.Access.Idempotency;
        var statements = DynamoDbStatements(name);
        var actions = statements.SelectMany(s => Strings(s.GetProperty("Action"))).ToList();

        actions.Should().Contain(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]);
        actions.Should().NotContain("dynamodb:*");
        statements.SelectMany(s => Resources(name, s.GetProperty("Resource"))).Should().NotContain("\"*\"")
            .And.OnlyContain(r => r.Contains(tableId, StringComparison.Ordinal)
                || (usesIdempotency && r.Contains(idempotencyTableId, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ReadOnlyFunctions))]
    public void ReadOnlyFunction_GetsOnlyReadActions(string name)
    {
        var tableId = app.LogicalId(app.Stack.Table!.Table);
        var actions = DynamoDbStatements(name)
            .Where(s => Resources(name, s.GetProperty("Resource")).Any(r => r.Contains(tableId, StringComparison.Ordinal)))
            .SelectMany(s => Strings(s.GetProperty("Action")))
            .Where(a => a.StartsWith("dynamodb:", StringComparison.Ordinal))
            .ToList();

        actions.Should().Contain(["dynamodb:GetItem", "dynamodb:Query"]);
        actions.Should().OnlyContain(a => ReadActions.Contains(a), "a read-only function must not write");
        actions.Should().NotContain(WriteActions);
    }

    [Theory]
    [MemberData(nameof(ReadOnlyFunctions))]
    public void ReadOnlyFunction_IsScopedToTheTableAndItsIndexes(string name)
    {
        var tableId = app.LogicalId(app.Stack.Table!.Table);
        var resources = DynamoDbStatements(name).SelectMany(s => Resources(name, s.GetProperty("Resource"))).ToList();

        resources.Should().NotBeEmpty().And.NotContain("\"*\"");
        resources.Should().OnlyContain(r => r.Contains(tableId, StringComparison.Ordinal));
        resources.Should().Contain(r => r.Contains("/index/*", StringComparison.Ordinal), "GSI1 queries need the index ARN");
    }

    [Theory]
    [MemberData(nameof(FunctionsWithoutData))]
    public void FunctionWithoutData_HasNoDynamoDbPermissions(string name)
    {
        var statements = DynamoDbStatements(name);
        if (FunctionManifest.Find(name)!.Trigger is not TableStreamTrigger)
        {
            statements.Should().BeEmpty();
            return;
        }

        // A stream consumer's mapping reads the stream with the function's role: stream actions on the stream ARN only.
        statements.Should().ContainSingle();
        Strings(statements[0].GetProperty("Action")).Should().OnlyContain(a => a.StartsWith("dynamodb:", StringComparison.Ordinal)
            && (a == "dynamodb:ListStreams" || a == "dynamodb:DescribeStream" || a == "dynamodb:GetRecords" || a == "dynamodb:GetShardIterator"));
        JsonSerializer.Serialize(statements[0].GetProperty("Resource")).Should().Contain("StreamArn");
    }

    private static TheoryData<string> Named(TableAccess access) =>
        [.. FunctionManifest.All.Where(f => f.Access.Table == access).Select(f => f.Name)];

    /// <summary>Every statement of every inline policy on the function's role that names a dynamodb action.</summary>
    private List<JsonElement> DynamoDbStatements(string name)
    {
        var stack = app.TemplateOf(name);
        var function = stack.Resources("AWS::Lambda::Function")[stack.FunctionLogicalId(name)];
        var roleId = function.GetProperty("Properties").GetProperty("Role").GetProperty("Fn::GetAtt")[0].GetString();

        var statements = stack.Resources("AWS::IAM::Policy").Values
            .Select(p => p.GetProperty("Properties"))
            .Where(p => p.GetProperty("Roles").EnumerateArray().Any(r => string.Equals(r.GetProperty("Ref").GetString(), roleId, StringComparison.Ordinal)))
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .ToList();
        statements.Should().NotBeEmpty("every function's role has a policy (X-Ray at least), else this test looks at the wrong role");

        return [.. statements.Where(s => Strings(s.GetProperty("Action")).Any(a => a.StartsWith("dynamodb:", StringComparison.Ordinal)))];
    }

    private static IEnumerable<string> Strings(JsonElement stringOrArray) =>
        stringOrArray.ValueKind == JsonValueKind.Array
            ? stringOrArray.EnumerateArray().Select(e => e.GetString()!)
            : [stringOrArray.GetString()!];

    /// <summary>
    /// Resources as JSON text, so intrinsic functions (GetAtt, Join) can be searched for the table's id; in a nested stack
    /// with each parameter replaced by the main stack's value (<see cref="SynthesizedTemplate.ResolvedText"/>).
    /// </summary>
    private IEnumerable<string> Resources(string name, JsonElement stringOrArray) =>
        stringOrArray.ValueKind == JsonValueKind.Array
            ? stringOrArray.EnumerateArray().Select(app.TemplateOf(name).ResolvedText)
            : [app.TemplateOf(name).ResolvedText(stringOrArray)];
}
