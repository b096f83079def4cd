using GitGoods.Manifest;
using GitGoods.Composition;

namespace GitGoods.Infrastructure.Tests.Payments;

/// <summary>The default deployment (no payment context): the simulator, no key parameter, no SSM grant, test cards on the site.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class SimulatedDeploymentTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void PaymentFunctions_RunTheSimulatorInDevelopment_WithoutAKeyParameter()
    {
        foreach (var function in FunctionManifest.All.Where(f => f.Access.Payments))
        {
            var environment = stack.FunctionEnvironment(function.Name);

            environment[PaymentSettings.ProviderVariable].Should().Be("\"simulated\"");
            environment[PaymentSettings.StageVariable].Should().Be("\"development\"");
            environment.Should().NotContainKey(PaymentSettings.SecretKeyParameterVariable);
        }
    }

    [Fact]
    public void NoFunction_MayReadSsm_ButTheWaitingRoomKeyReaders_AndTheSiteKeepsTheTestCards()
    {
        // Every role of the manifest's functions (CDK's own cross-region reference reader reads its SSM exports), but those
        // that read the waiting room's key through its one Parameter Store reference (PaymentProcessorGrantsTests, decision 0038).
        string[] keyReaders = ["JoinWaitingRoom", "CheckInWaitingRoom", "PlaceOrder"];
        var functionRoles = FunctionManifest.All.Where(f => !keyReaders.Contains(f.Name, StringComparer.Ordinal))
            .Select(f => stack.FunctionRoleLogicalId(f.Name)).ToHashSet(StringComparer.Ordinal);
        var keyReaderRoles = keyReaders.Select(stack.FunctionRoleLogicalId).ToHashSet(StringComparer.Ordinal);
        stack.RoleStatements().Where(s => functionRoles.Contains(s.Role)).SelectMany(s => IamJson.Actions(s.Statement))
            .Should().NotContain(a => a.StartsWith("ssm:", StringComparison.Ordinal));
        stack.RoleStatements().Where(s => keyReaderRoles.Contains(s.Role)).SelectMany(s => IamJson.Actions(s.Statement))
            .Where(a => a.StartsWith("ssm:", StringComparison.Ordinal)).Should().Equal("ssm:GetParameter", "ssm:GetParameter", "ssm:GetParameter");
        stack.Stack.Web!.Config.Should().NotContainKey("payment");
        stack.Stack.Web!.SecurityHeaders.ContentSecurityPolicy.Should().NotContain("stripe");
    }
}
