using System.Text.Json;

namespace GitGoods.Infrastructure.Tests.WaitingRoom;

/// <summary>The waiting room's nested stack: its routes and authorizers, the signing secret and who may read it, nothing always on.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class WaitingRoomStackTests(SynthesizedGitGoods app)
{
    private JsonElement Nested => app.NestedJson(app.Stack.WaitingRoom);

    private static IEnumerable<JsonElement> Resources(JsonElement template, string type) =>
        template.GetProperty("Resources").EnumerateObject().Select(r => r.Value)
            .Where(r => string.Equals(r.GetProperty("Type").GetString(), type, StringComparison.Ordinal));

    private static bool HasVpc(JsonElement function) => function.GetProperty("Properties").TryGetProperty("VpcConfig", out var _);

    private static string Text(JsonElement element) => element.GetRawText();

    [Fact]
    public void TheRoutes_AreInTheNestedStack_AdminRoutesNeedATokenAndThePublicListNone()
    {
        var routes = Resources(Nested, "AWS::ApiGatewayV2::Route").Select(r => r.GetProperty("Properties"))
            .ToDictionary(p => p.GetProperty("RouteKey").GetString()!, p => p.TryGetProperty("AuthorizationType", out var a) ? a.GetString() : "NONE", StringComparer.Ordinal);
        routes.Should().BeEquivalentTo(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GET /api/waiting-room"] = "NONE",
            ["POST /api/waiting-room/{saleId}/positions"] = "JWT",
            ["GET /api/waiting-room/{saleId}/position"] = "JWT",
            ["PUT /api/admin/sales/{saleId}"] = "JWT",
            ["GET /api/admin/sales"] = "JWT",
            ["DELETE /api/admin/sales/{saleId}"] = "JWT",
        });
        Resources(app.Json, "AWS::ApiGatewayV2::Route").Select(r => r.GetProperty("Properties").GetProperty("RouteKey").GetString())
            .Should().NotContain(k => k!.Contains("waiting-room", StringComparison.Ordinal) || k.Contains("/admin/sales", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSigningKey_IsAGeneratedSecret_ReadOnlyByTheFunctionsThatSignOrVerify()
    {
        // The main stack's: the order route reads it too, and a key in the nested stack would make a cycle (WaitingRoomStack.NewSigningKey).
        Resources(Nested, "AWS::SecretsManager::Secret").Should().BeEmpty();
        var secret = app.Resources("AWS::SecretsManager::Secret")[app.LogicalId(app.Stack.WaitingRoom.SigningKey)];
        secret.GetProperty("Properties").TryGetProperty("GenerateSecretString", out _).Should().BeTrue("generated, never in the repository");
        var readers = Resources(Nested, "AWS::IAM::Policy").Where(p => Text(p).Contains("secretsmanager:GetSecretValue", StringComparison.Ordinal)).ToList();
        readers.Should().HaveCount(2, "one policy per function: only the join and check-in functions sign");
        readers.Should().OnlyContain(r => Text(r).Contains("JoinWaitingRoom", StringComparison.Ordinal) || Text(r).Contains("CheckInWaitingRoom", StringComparison.Ordinal));
        var mainReaders = Resources(app.Json, "AWS::IAM::Policy").Where(p => Text(p).Contains("secretsmanager:GetSecretValue", StringComparison.Ordinal)).ToList();
        mainReaders.Should().ContainSingle("the order route verifies admissions").Which.GetRawText().Should().Contain("PlaceOrder");
    }

    [Fact]
    public void NothingIsAlwaysOn_NoVpcNoCacheClusterNoNat()
    {
        foreach (var type in new[] { "AWS::EC2::VPC", "AWS::EC2::NatGateway", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::Events::Rule" })
        {
            Resources(Nested, type).Should().BeEmpty(type);
        }

        Resources(Nested, "AWS::Lambda::Function").Should().HaveCount(6)
            .And.OnlyContain(f => !HasVpc(f));
    }
}
