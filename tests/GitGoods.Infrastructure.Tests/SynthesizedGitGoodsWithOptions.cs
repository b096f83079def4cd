namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// The whole app with every optional piece switched on through the context, as an operator would: the catalogue cache
/// (<c>-c dax=true</c>), a custom site domain with its certificate, origin-verify parameters of other names,
/// pinned to versions, and its own managed platforms. Synthesized once for every test in <see cref="SharedSynthesisWithOptions"/>.
/// </summary>
public sealed class SynthesizedGitGoodsWithOptions : SynthesizedGitGoods
{
    public const string SiteDomainName = "shop.example.com";
    public const string SiteCertificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    public const string CurrentParameter = "/shop/edge/verify-current";
    public const string PreviousParameter = "/shop/edge/verify-previous";

    /// <summary>An operator's own platform list (<c>-c platforms=…</c>), in place of the built-in one.</summary>
    public const string ConfiguredPlatforms = "PC, Nintendo Switch 2,Sega Saturn";

    public SynthesizedGitGoodsWithOptions()
        : base(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            // As typed on the command line: every value is a string.
            ["dax"] = "true",
            ["siteDomainName"] = SiteDomainName,
            ["siteCertificateArn"] = SiteCertificateArn,
            ["originVerifyCurrentParameter"] = CurrentParameter,
            ["originVerifyPreviousParameter"] = PreviousParameter,
            ["originVerifyCurrentVersion"] = "7",
            ["originVerifyPreviousVersion"] = "6",
            ["platforms"] = ConfiguredPlatforms,
        })
    {
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSynthesisWithOptions : ICollectionFixture<SynthesizedGitGoodsWithOptions>
{
    public const string Name = "Synthesized GitGoods app with DAX, a site domain and pinned origin-verify parameters";
}
