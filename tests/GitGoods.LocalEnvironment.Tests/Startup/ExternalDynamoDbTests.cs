using GitGoods.LocalEnvironment.DynamoDbLocal;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Startup;

[Collection(LocalEnvironmentTests.Name)]
public sealed class ExternalDynamoDbTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public void WithAConfiguredEndpoint_TheStackStartsNoEngineOfItsOwn()
    {
        var engine = fixture.Stack.Services.GetRequiredService<DynamoDbEngine>();

        engine.IsManaged.Should().BeFalse();
        engine.Endpoint.Should().Be(fixture.DynamoDb.Endpoint);
    }
}
