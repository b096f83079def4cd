using Amazon.DynamoDBv2.Model;
using GitGoods.TestSupport;

namespace GitGoods.LocalStack.Tests.DynamoDbLocal;

[Collection(DynamoDbTests.Name)]
public sealed class DynamoDbLocalFixtureTests(DynamoDbLocalFixture dynamoDb)
{
    [Fact]
    public async Task CreateTable_GivesEachCallItsOwnEmptyTable()
    {
        var first = await dynamoDb.CreateTableAsync();
        var second = await dynamoDb.CreateTableAsync();

        first.Should().NotBe(second);
        var scan = await dynamoDb.Client.ScanAsync(new ScanRequest { TableName = first });
        scan.Count.Should().Be(0);
        dynamoDb.Endpoint.Host.Should().Be("127.0.0.1");
    }
}
