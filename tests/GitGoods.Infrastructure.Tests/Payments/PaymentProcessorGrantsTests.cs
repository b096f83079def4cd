using System.Text.Json;

using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Infrastructure.Payments;

namespace GitGoods.Infrastructure.Tests.Payments;

/// <summary>
/// With Stripe configured, exactly the functions that call the payment port learn the provider, stage and key parameter,
/// and may read that one parameter and decrypt it only through SSM; the key itself appears nowhere.
/// </summary>
[Collection(StripeSynthesisCollection.Name)]
public sealed class PaymentProcessorGrantsTests(StripeSynthesis stripe)
{
    private static readonly string[] PaymentFunctions = ["AuthorizePayment", "VoidPayment", "CancelOrder", "ShipOrder"];
    private readonly SynthesizedGitGoods _stack = stripe.Synthesized;

    [Fact]
    public void PaymentFunctions_GetTheProviderStageAndKeyParameter_AndNoOtherFunctionDoes()
    {
        FunctionManifest.All.Where(f => f.Access.Payments).Select(f => f.Name).Should().BeEquivalentTo(PaymentFunctions);
        foreach (var name in PaymentFunctions)
        {
            _stack.FunctionEnvironment(name).Should().Contain(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [PaymentSettings.ProviderVariable] = "\"stripe\"",
                [PaymentSettings.StageVariable] = "\"production\"",
                [PaymentSettings.SecretKeyParameterVariable] = $"\"{StripeSynthesis.Parameter}\"",
            }, name);
        }

        foreach (var other in FunctionManifest.All.Where(f => !f.Access.Payments))
        {
            _stack.FunctionEnvironment(other.Name).Keys.Should().NotContain(PaymentSettings.SecretKeyParameterVariable, other.Name);
        }
    }

    [Fact]
    public void PaymentFunctions_MayReadExactlyTheKeyParameter()
    {
        foreach (var name in PaymentFunctions)
        {
            var reads = Statements(name, "ssm:GetParameter");

            var resource = reads.Should().ContainSingle(name).Subject.GetProperty("Resource").GetRawText();
            resource.Should().Contain(":parameter/gitgoods/prod/stripe-secret-key\"").And.NotContain("*");
        }
    }

    [Fact]
    public void PaymentFunctions_MayDecryptOnlyThroughSsm_AndOnlyThatParametersCiphertext()
    {
        foreach (var name in PaymentFunctions)
        {
            var decrypt = Statements(name, "kms:Decrypt").Where(s => s.TryGetProperty("Condition", out var c) && c.GetRawText().Contains("ViaService", StringComparison.Ordinal))
                .Should().ContainSingle(name).Subject;

            var equals = decrypt.GetProperty("Condition").GetProperty("StringEquals");
            equals.GetProperty("kms:ViaService").GetRawText().Should().Contain("ssm.");
            equals.GetProperty(PaymentProcessorConstruct.ParameterArnContextKey).GetRawText().Should().Contain(":parameter/gitgoods/prod/stripe-secret-key");
        }
    }

    [Fact]
    public void NoOtherFunction_MayReadSsmParameters()
    {
        var paymentRoles = PaymentFunctions.Select(_stack.FunctionRoleLogicalId).ToHashSet(StringComparer.Ordinal);
        // Every role of the manifest's functions (CDK's own cross-region reference reader reads its SSM exports).
        var functionRoles = FunctionManifest.All.Select(f => _stack.FunctionRoleLogicalId(f.Name)).ToHashSet(StringComparer.Ordinal);

        _stack.RoleStatements().Where(s => functionRoles.Contains(s.Role) && IamJson.Actions(s.Statement).Any(a => a.StartsWith("ssm:", StringComparison.Ordinal)))
            .Select(s => s.Role).Should().OnlyContain(role => paymentRoles.Contains(role)).And.NotBeEmpty();
    }

    [Fact]
    public void TheTemplate_NamesThePublishableKeyOnlyForTheSite_AndHoldsNoSecretKey()
    {
        var template = _stack.Json.GetRawText();

        template.Should().NotContain("sk_live").And.NotContain("sk_test").And.NotContain("rk_live");
        _stack.Stack.Web!.Config["payment"].Should().BeEquivalentTo(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["provider"] = "stripe", ["publishableKey"] = StripeSynthesis.PublishableKey,
        });
    }

    private List<JsonElement> Statements(string function, string action)
    {
        var role = _stack.FunctionRoleLogicalId(function);
        return [.. _stack.RoleStatements().Where(s => s.Role == role && IamJson.IsAllow(s.Statement) && IamJson.Actions(s.Statement).Contains(action))
            .Select(s => s.Statement)];
    }
}
