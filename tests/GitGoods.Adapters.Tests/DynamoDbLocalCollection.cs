using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests;

/// <summary>One real DynamoDB Local engine for the whole assembly; each test creates its own table.</summary>
[CollectionDefinition(Name)]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local";
}
