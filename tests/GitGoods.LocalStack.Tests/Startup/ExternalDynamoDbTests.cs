using GitGoods.LocalStack.DynamoDbLocal;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalStack.Tests.Startup;

[Collection(LocalStackTests.Name)]
public sealed class ExternalDynamoDbTests(LocalStackFixture fixture)
{
    [Fact]
    public void WithAConfiguredEndpoint_TheStackStartsNoEngineOfItsOwn()
    {
        var engine = fixture.Stack.Services.GetRequiredService<DynamoDbEngine>();

        engine.IsManaged.Should().BeFalse();
        engine.Endpoint.Should().Be(fixture.DynamoDb.Endpoint);
    }
}
