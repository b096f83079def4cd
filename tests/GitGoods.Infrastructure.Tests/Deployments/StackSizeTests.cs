using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>
/// CloudFormation refuses a stack of more than 500 resources. A version, an alias and a deployment group per function
/// brought the main stack near it (465 by default, 488 with the catalogue cache, when this test was written): what comes
/// next belongs in a nested stack. <see cref="StackSizeWithOptionsTests"/> checks the synthesis with every option on.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class StackSizeTests(SynthesizedGitGoods stack, ITestOutputHelper output)
{
    /// <summary>CloudFormation's quota of resources in one stack.</summary>
    public const int CloudFormationResourceLimit = 500;

    [Fact]
    public void MainStack_StaysUnderCloudFormationsResourceLimit() => AssertUnderLimit(stack, output);

    internal static void AssertUnderLimit(SynthesizedGitGoods synthesized, ITestOutputHelper output)
    {
        var count = synthesized.Json.GetProperty("Resources").EnumerateObject().Count();
        output.WriteLine($"{synthesized.Stack.StackName}: {count} resources of CloudFormation's {CloudFormationResourceLimit}.");

        count.Should().BeLessThan(CloudFormationResourceLimit);
    }
}
