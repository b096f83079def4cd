using GitGoods.Manifest;
using GitGoods.Composition;

namespace GitGoods.Functions.Tests.Manifest;

public class FunctionManifestTests
{
    [Fact]
    public void Names_AreUniqueAndUsableAsLambdaHandlers()
    {
        FunctionManifest.All.Select(f => f.Name).Should().OnlyHaveUniqueItems();
        FunctionManifest.All.Should().AllSatisfy(f => f.Name.Should().MatchRegex("^[A-Za-z][A-Za-z0-9]{1,63}$"));
    }

    [Fact]
    public void HttpRoutes_AreUniqueAndUnderApi()
    {
        var routes = FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>().ToList();

        routes.Select(r => r.RouteKey).Should().OnlyHaveUniqueItems();
        routes.Should().AllSatisfy(r => r.Path.Should().StartWith("/api/"));
    }

    [Fact]
    public void EveryFunction_CanBeBuiltFromItsFactory()
    {
        using var services = new FunctionServices(AllSettings, TimeProvider.System);

        FunctionManifest.All.Should().AllSatisfy(f => f.Create(services).Should().NotBeNull());
    }

    [Fact]
    public void FunctionsUsingTheOrderPath_RefuseToStartWithoutItsSettings()
    {
        using var services = new FunctionServices(new FunctionSettings("GitGoods", new Uri("http://127.0.0.1:1"), "ap-southeast-1"), TimeProvider.System);

        var place = () => FunctionManifest.Find("PlaceOrder")!.Create(services);
        var deadLetters = () => FunctionManifest.Find("ListDeadLetters")!.Create(services);

        place.Should().Throw<InvalidOperationException>().WithMessage("*IDEMPOTENCY_TABLE_NAME*");
        deadLetters.Should().Throw<InvalidOperationException>().WithMessage("*ORDERS_DLQ_URL*");
    }

    private static FunctionSettings AllSettings { get; } = new("GitGoods", new Uri("http://127.0.0.1:1"), "ap-southeast-1")
    {
        CognitoIssuer = "https://cognito-idp.ap-southeast-1.amazonaws.com/pool",
        CognitoClientId = "client",
        IdempotencyTableName = "GitGoods-idempotency",
        OrderQueueUrl = "http://127.0.0.1:1/000000000000/orders",
        OrderDeadLetterQueueUrl = "http://127.0.0.1:1/000000000000/orders-dlq",
        PersonalDataKmsKeyId = "arn:aws:kms:ap-southeast-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        AnalyticsBucket = "gitgoods-analytics",
        ImageBucket = "gitgoods-images",
    };

    [Fact]
    public void FunctionsVerifyingTokensThemselves_RefuseToStartWithoutTheIssuer()
    {
        using var services = new FunctionServices(new FunctionSettings("GitGoods", new Uri("http://127.0.0.1:1"), "ap-southeast-1"), TimeProvider.System);
        var optional = FunctionManifest.All.First(f => f.Trigger is HttpRouteTrigger { Access: RouteAccess.OptionalIdentity });

        var act = () => optional.Create(services);

        act.Should().Throw<InvalidOperationException>().WithMessage("*COGNITO_ISSUER*");
    }

    [Fact]
    public void FunctionsTouchingNoData_DoNotNeedATable()
    {
        using var services = new FunctionServices(new FunctionSettings(null, null, "ap-southeast-1"), TimeProvider.System);

        FunctionManifest.All.Where(f => f.Access == DataAccess.None)
            .Should().NotBeEmpty().And.AllSatisfy(f => f.Create(services).Should().NotBeNull());
        var tableFunction = FunctionManifest.All.First(f => f.Access.Table != TableAccess.None);
        var act = () => tableFunction.Create(services);
        act.Should().Throw<InvalidOperationException>().WithMessage("*TABLE_NAME*");
    }

    [Fact]
    public void MemoryAndTimeout_AreWithinLambdaLimits()
    {
        FunctionManifest.All.Should().AllSatisfy(f =>
        {
            f.MemoryMb.Should().BeInRange(128, 10_240);
            f.TimeoutSeconds.Should().BeInRange(1, 29, "API Gateway gives up on integrations after 30 s");
        });
    }
}
