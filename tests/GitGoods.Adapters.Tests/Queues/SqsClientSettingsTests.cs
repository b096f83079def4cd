using GitGoods.Adapters.Queues;

namespace GitGoods.Adapters.Tests.Queues;

public sealed class SqsClientSettingsTests
{
    [Fact]
    public void FromEnvironment_UsesTheSqsEndpointVariable_WhenSet()
    {
        var variables = new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", [SqsClientSettings.EndpointVariable] = "http://127.0.0.1:4566" };

        var settings = SqsClientSettings.FromEnvironment(variables.GetValueOrDefault);

        settings.Should().Be(new SqsClientSettings("eu-west-1", new Uri("http://127.0.0.1:4566")));
    }

    [Fact]
    public void FromEnvironment_WithoutAnEndpoint_TalksToTheRegionsSqs()
    {
        var settings = SqsClientSettings.FromEnvironment(_ => null);

        settings.Should().Be(new SqsClientSettings("ap-southeast-1"));
    }

    [Fact]
    public void FromEnvironment_RefusesAnEndpointThatIsNotAnHttpUrl()
    {
        var read = () => SqsClientSettings.FromEnvironment(name => name == SqsClientSettings.EndpointVariable ? "localhost:4566" : null);

        read.Should().Throw<InvalidOperationException>().WithMessage("*AWS_ENDPOINT_URL_SQS*");
    }

    [Fact]
    public void Create_PointsTheClientAtTheEndpoint()
    {
        using var client = SqsClientFactory.Create(new SqsClientSettings("ap-southeast-1", new Uri("http://127.0.0.1:4566")));

        client.Config.ServiceURL.Should().StartWith("http://127.0.0.1:4566");
    }
}
