using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Tests.DynamoDbLocal;

[Collection(LocalEnvironmentTests.Name)]
public sealed class DynamoDbLocalFixtureTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task CreateTable_GivesEachCallItsOwnEmptyTable()
    {
        var first = await fixture.DynamoDb.CreateTableAsync();
        var second = await fixture.DynamoDb.CreateTableAsync();

        first.Should().NotBe(second);
        var scan = await fixture.DynamoDb.Client.ScanAsync(new ScanRequest { TableName = first });
        scan.Count.Should().Be(0);
        fixture.DynamoDb.Endpoint.Host.Should().Be("127.0.0.1");
    }
}
