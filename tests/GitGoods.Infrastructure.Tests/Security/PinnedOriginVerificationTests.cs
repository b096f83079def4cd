using System.Text.Json;

using GitGoods.Infrastructure.Security;

namespace GitGoods.Infrastructure.Tests.Security;

/// <summary>The origin-verify parameters under other names, pinned to versions: what a rotation deploys with.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class PinnedOriginVerificationTests(SynthesizedGitGoodsWithOptions app)
{
    private static readonly string Current = $"{{{{resolve:ssm:{SynthesizedGitGoodsWithOptions.CurrentParameter}:7}}}}";
    private static readonly string Previous = $"{{{{resolve:ssm:{SynthesizedGitGoodsWithOptions.PreviousParameter}:6}}}}";

    [Fact]
    public void Origin_SendsThePinnedVersionOfTheNamedCurrentParameter()
    {
        var api = app.Resources("AWS::CloudFront::Distribution").Values.Single()
            .GetProperty("Properties").GetProperty("DistributionConfig").GetProperty("Origins").EnumerateArray()
            .Single(o => o.TryGetProperty("CustomOriginConfig", out _));

        api.GetProperty("OriginCustomHeaders")[0].GetProperty("HeaderValue").GetString().Should().Be(Current);
    }

    [Fact]
    public void Functions_AcceptThePinnedVersionsOfBothNamedParameters_AndTheDefaultsAppearNowhere()
    {
        app.FunctionEnvironment("GetProduct")[OriginVerification.SecretsVariable].Should().Be(JsonSerializer.Serialize($"{Current},{Previous}"));
        app.Json.GetRawText().Should().NotContain(OriginVerification.DefaultCurrentParameter).And.NotContain(OriginVerification.DefaultPreviousParameter);
    }
}
