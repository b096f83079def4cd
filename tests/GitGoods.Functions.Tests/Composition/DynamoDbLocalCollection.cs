using GitGoods.TestSupport;

namespace GitGoods.Functions.Tests.Composition;

/// <summary>One real DynamoDB Local for the tests of this assembly that need one; each test creates its own table.</summary>
[CollectionDefinition(Name)]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local";
}
