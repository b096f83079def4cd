namespace GitGoods.Web.Tests;

/// <summary>Every end-to-end test shares one stack and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class WebTests : ICollectionFixture<WebStackFixture>
{
    public const string Name = "Web end to end";
}
