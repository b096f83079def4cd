using System.Text.Json;

using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Standby;

/// <summary>
/// The warm standby (docs/runbooks/failover.md): both tables are global tables with a replica in the standby region, and
/// the whole stack runs there too, on the replicas, at minimum capacity (no cache, no site, no second user pool).
/// </summary>
public sealed class WarmStandbyTests(SynthesizedWarmStandby app) : IClassFixture<SynthesizedWarmStandby>
{
    [Fact]
    public void BothTables_AreGlobalTables_WithAReplicaInEachRegion_AndPointInTimeRecoveryInBoth()
    {
        var tables = SynthesizedWarmStandby.Resources(app.MainJson, "AWS::DynamoDB::GlobalTable");

        tables.Should().HaveCount(2, "the shop table and the idempotency table");
        foreach (var (id, table) in tables)
        {
            var replicas = table.GetProperty("Replicas").EnumerateArray().ToList();
            replicas.Select(r => r.GetProperty("Region").GetString()).Should().BeEquivalentTo(
                [SynthesizedWarmStandby.MainRegion, SynthesizedWarmStandby.StandbyRegion], "{0} replicates to the standby", id);
            replicas.Should().OnlyContain(r => r.GetProperty("PointInTimeRecoverySpecification").GetProperty("PointInTimeRecoveryEnabled").GetBoolean(),
                "PITR on every replica keeps RPO in seconds whichever region serves");
        }
    }

    [Fact]
    public void TheStandbyStack_DeploysToTheSecondRegion_WithEveryFunctionItsOwnApiQueueAndWorkflow()
    {
        app.Standby.Region.Should().Be(SynthesizedWarmStandby.StandbyRegion);
        // The waiting room's in the standby's own waiting room nested stack.
        var waitingRoom = Amazon.CDK.Assertions.Template.FromStack(app.Standby.WaitingRoom).ToJSON();
        var handlers = SynthesizedWarmStandby.Resources(app.StandbyJson, "AWS::Lambda::Function").Values
            .Concat(SynthesizedWarmStandby.Resources(System.Text.Json.JsonSerializer.SerializeToElement(waitingRoom), "AWS::Lambda::Function").Values)
            .Where(f => f.TryGetProperty("Handler", out _))
            .Select(f => f.GetProperty("Handler").GetString());
        handlers.Should().Contain(FunctionManifest.All.Select(f => f.Name), "the standby answers every route and runs every step");
        app.StandbyTemplate.ResourceCountIs("AWS::ApiGatewayV2::Api", 1);
        app.StandbyTemplate.ResourceCountIs("AWS::StepFunctions::StateMachine", 1);
        app.StandbyTemplate.ResourceCountIs("AWS::Pipes::Pipe", 1);
    }

    [Theory]
    [InlineData("AWS::DynamoDB::GlobalTable", "the tables are the main stack's, replicated")]
    [InlineData("AWS::Cognito::UserPool", "one user pool for both regions (shared identity)")]
    [InlineData("AWS::Cognito::IdentityPool", "the business team's analytics stay in the main region")]
    [InlineData("AWS::CloudFront::Distribution", "one distribution fronts both regions")]
    [InlineData("AWS::DAX::Cluster", "minimum capacity: no catalogue cache")]
    public void TheStandbyStack_OwnsNo(string type, string because) =>
        SynthesizedWarmStandby.Resources(app.StandbyJson, type).Should().BeEmpty(because);

    [Fact]
    public void TheStandbysAuthorizer_TrustsTheMainRegionsUserPool()
    {
        var authorizer = SynthesizedWarmStandby.Resources(app.StandbyJson, "AWS::ApiGatewayV2::Authorizer").Values.Single();
        var issuer = authorizer.GetProperty("JwtConfiguration").GetProperty("Issuer").GetRawText();

        issuer.Should().Contain($"cognito-idp.{SynthesizedWarmStandby.MainRegion}.amazonaws.com")
            .And.Contain("ExportsReader", "the pool id comes from the main stack through a cross-region reference");
    }

    [Fact]
    public void PersonalData_IsSealedWithAMultiRegionKey_WhoseReplicaTheStandbyUses()
    {
        var key = SynthesizedWarmStandby.Resources(app.MainJson, "AWS::KMS::Key").Values.Single(k => k.TryGetProperty("MultiRegion", out _));
        key.GetProperty("MultiRegion").GetBoolean().Should().BeTrue();

        var replica = SynthesizedWarmStandby.Resources(app.StandbyJson, "AWS::KMS::ReplicaKey").Should().ContainSingle().Subject.Value;
        replica.GetProperty("PrimaryKeyArn").GetRawText().Should().Contain("ExportsReader");
        var placeOrder = Environment(app.StandbyJson, "PlaceOrder");
        placeOrder["ORDER_PII_KMS_KEY_ID"].Should().Contain("ReplicaKey", "the standby's functions use their region's replica");
    }

    [Fact]
    public void SingleRegionWork_RunsInTheMainRegionOnly()
    {
        StreamMappingsEnabled(app.MainJson).Should().NotBeEmpty().And.OnlyContain(enabled => enabled);
        RuleStates(app.MainJson).Should().NotBeEmpty().And.OnlyContain(state => state == "ENABLED");
        StreamMappingsEnabled(app.StandbyJson).Should().NotBeEmpty().And.OnlyContain(enabled => !enabled,
            "two regions consuming the replicated stream would count every order twice");
        RuleStates(app.StandbyJson).Should().NotBeEmpty().And.OnlyContain(state => state == "DISABLED");
    }

    [Fact]
    public void TheStandbysStreamMappings_ReadTheReplicasOwnStream()
    {
        var mappings = SynthesizedWarmStandby.Resources(app.StandbyJson, "AWS::Lambda::EventSourceMapping").Values;

        mappings.Select(m => m.GetProperty("EventSourceArn").GetRawText()).Should().OnlyContain(
            arn => arn.Contains("Table.LatestStreamArn", StringComparison.Ordinal) && !arn.Contains("stream/*", StringComparison.Ordinal),
            "a mapping needs the exact stream ARN, which DescribeTable on the replica gives");
    }

    internal static IReadOnlyList<bool> StreamMappingsEnabled(JsonElement template) =>
        [.. SynthesizedWarmStandby.Resources(template, "AWS::Lambda::EventSourceMapping").Values
            .Select(m => !m.TryGetProperty("Enabled", out var enabled) || enabled.GetBoolean())];

    internal static IReadOnlyList<string> RuleStates(JsonElement template) =>
        [.. SynthesizedWarmStandby.Resources(template, "AWS::Events::Rule").Values
            .Select(r => r.TryGetProperty("State", out var state) ? state.GetString()! : "ENABLED")];

    private static Dictionary<string, string> Environment(JsonElement template, string handler) =>
        SynthesizedWarmStandby.Resources(template, "AWS::Lambda::Function").Values
            .Single(f => f.TryGetProperty("Handler", out var h) && h.GetString() == handler)
            .GetProperty("Environment").GetProperty("Variables").EnumerateObject()
            .ToDictionary(v => v.Name, v => v.Value.GetRawText(), StringComparer.Ordinal);
}
