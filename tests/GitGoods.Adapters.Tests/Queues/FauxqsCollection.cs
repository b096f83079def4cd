using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Queues;

/// <summary>One real fauxqs for the whole assembly; each test creates its own queues.</summary>
[CollectionDefinition(Name)]
public sealed class FauxqsCollection : ICollectionFixture<FauxqsFixture>
{
    public const string Name = "fauxqs";
}
