using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Queues;

/// <summary>One real fauxqs for the assembly's queue tests; each test creates its own queues.</summary>
[CollectionDefinition(Name)]
public sealed class FauxqsCollection : ICollectionFixture<FauxqsFixture>
{
    public const string Name = "fauxqs";
}
