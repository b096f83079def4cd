using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>The resource limit with the catalogue cache (its VPC, cluster and readers' network) and every other option on.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class StackSizeWithOptionsTests(SynthesizedGitGoodsWithOptions stack, ITestOutputHelper output)
{
    [Fact]
    public void MainStack_StaysUnderCloudFormationsResourceLimit() => StackSizeTests.AssertUnderLimit(stack, output);
}
