using GitGoods.Adapters.Catalog;
using GitGoods.Composition;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Runtime;
using GitGoods.Manifest;

namespace GitGoods.Functions.Tests.Composition;

/// <summary>Which functions read the catalogue through the DAX client, decided when each function is built (its init).</summary>
public class CatalogReadWiringTests
{
    private const string Endpoint = "dax://gitgoods.abc123.dax-clusters.ap-southeast-1.amazonaws.com";

    public static TheoryData<string> AllFunctions => [.. FunctionManifest.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(AllFunctions))]
    public void WithDaxEndpointAndAFactory_ExactlyTheCatalogueReadFunctionsAskForOneDaxClient(string name)
    {
        var definition = FunctionManifest.Find(name)!;
        var factory = new RecordingDaxClientFactory();
        using var services = Services(Endpoint, factory);

        definition.Create(services);

        factory.Created.Should().HaveCount(definition.Access.CachedCatalogReads ? 1 : 0);
        if (definition.Access.CachedCatalogReads)
        {
            factory.Created.Single().Should().Be((new Uri(Endpoint), "ap-southeast-1"));
        }
    }

    [Fact]
    public void CatalogReads_AreTheShoppersManifestFunctions()
    {
        FunctionManifest.All.Where(f => f.Access.CachedCatalogReads).Select(f => f.Name)
            .Should().BeEquivalentTo("ListProducts", "GetProduct", "ListPlatforms");
    }

    [Fact]
    public void WithoutDaxEndpoint_NoFunctionAsksTheFactory()
    {
        var factory = new RecordingDaxClientFactory();
        using var services = Services(null, factory);

        foreach (var definition in FunctionManifest.All)
        {
            definition.Create(services);
        }

        factory.Created.Should().BeEmpty();
    }

    [Fact]
    public void WithDaxEndpointButNoFactory_WarnsOnceAtInit_AndNamesNoSecret()
    {
        var lines = new CollectingLines();
        using var services = Services(Endpoint, factory: null, lines.Logger());

        foreach (var name in (string[])["ListProducts", "GetProduct", "ListPlatforms", "UpdateProduct"])
        {
            FunctionManifest.Find(name)!.Create(services);
        }

        var warning = lines.Lines.Should().ContainSingle().Subject;
        warning.Should().Contain("\"level\":\"Warning\"").And.Contain("no DAX client").And.Contain("\"catalogue_reads\":\"dynamodb\"")
            .And.Contain("gitgoods.abc123.dax-clusters").And.NotContain("AWS_SECRET_ACCESS_KEY");
    }

    [Fact]
    public void MalformedDaxEndpoint_FailsWhileTheSettingsAreRead_ThatIsAtInit()
    {
        var act = () => FunctionSettings.FromEnvironment(new DictionaryEnvironment(
            new Dictionary<string, string>(StringComparer.Ordinal) { [DaxClusterEndpoint.Variable] = "https://gitgoods.example" }));

        act.Should().Throw<InvalidOperationException>().WithMessage("*DAX_ENDPOINT*");
    }

    private static FunctionServices Services(string? daxEndpoint, IDaxClientFactory? factory, GitGoods.Hosting.Logging.LambdaLogger? logger = null)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TABLE_NAME"] = "T",
            ["AWS_ENDPOINT_URL_DYNAMODB"] = "http://127.0.0.1:1",
            ["AWS_REGION"] = "ap-southeast-1",
            ["IDEMPOTENCY_TABLE_NAME"] = "T-idempotency",
            ["ORDERS_QUEUE_URL"] = "http://127.0.0.1:1/000000000000/orders",
            ["ORDERS_DLQ_URL"] = "http://127.0.0.1:1/000000000000/orders-dlq",
            ["ORDER_PII_KMS_KEY_ID"] = "alias/test",
            ["COGNITO_ISSUER"] = "http://127.0.0.1:1/pool",
            ["COGNITO_CLIENT_ID"] = "client",
            ["ANALYTICS_BUCKET"] = "analytics-bucket",
            ["IMAGE_BUCKET"] = "images-bucket",
        };
        if (daxEndpoint is not null)
        {
            variables[DaxClusterEndpoint.Variable] = daxEndpoint;
        }

        return new FunctionServices(FunctionSettings.FromEnvironment(new DictionaryEnvironment(variables)), TimeProvider.System)
        {
            DaxClientFactory = factory,
            Logger = logger ?? GitGoods.Hosting.Logging.LambdaLogger.Null,
        };
    }
}
