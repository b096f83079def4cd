using GitGoods.TestSupport;

namespace GitGoods.LocalStack.Tests;

/// <summary>Every test that needs DynamoDB shares one DynamoDB Local for the assembly.</summary>
[CollectionDefinition(Name)]
public sealed class DynamoDbTests : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local";
}
