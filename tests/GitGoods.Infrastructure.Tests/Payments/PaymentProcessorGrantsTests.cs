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
    public void NoOtherFunction_MayReadSsmParameters_ButThePaymentFunctionsAndTheWaitingRoomKeyReaders()
    {
        // Every manifest function, in the template that holds it (CDK's own cross-region reference reader reads its SSM exports).
        var readers = FunctionManifest.All
            .Where(f => OwnStatements(f.Name).Any(s => IamJson.Actions(s).Any(a => a.StartsWith("ssm:", StringComparison.Ordinal))))
            .Select(f => f.Name);

        readers.Should().BeEquivalentTo([.. PaymentFunctions, .. WaitingRoomKeyReaders]);
    }

    /// <summary>
    /// The waiting room's signing key is read through Parameter Store's reference to Secrets Manager (decision 0038): the
    /// functions that sign or verify tokens may call exactly <c>ssm:GetParameter</c> on that one reference and
    /// <c>secretsmanager:GetSecretValue</c> on that one secret, and nothing else of SSM or Secrets Manager.
    /// </summary>
    [Fact]
    public void WaitingRoomKeyReaders_MayReadExactlyTheKeysReference_AndTheKeysSecret()
    {
        var waitingRoom = _stack.Stack.WaitingRoom;
        foreach (var name in WaitingRoomKeyReaders)
        {
            var template = _stack.TemplateOf(name);
            // The key is the main stack's; the nested stack gets its ARN as a parameter.
            var secret = $$"""{"Ref":"{{template.RefName(waitingRoom.SigningKey)}}"}""";
            var statements = OwnStatements(name)
                .Where(s => IamJson.Actions(s).Any(a => a.StartsWith("ssm:", StringComparison.Ordinal) || a.StartsWith("secretsmanager:", StringComparison.Ordinal)))
                .ToList();

            statements.Should().HaveCount(2, name);
            var parameter = statements.Single(s => IamJson.Actions(s).SequenceEqual(["ssm:GetParameter"]));
            var joined = Operations.TemplateJson.Joined(parameter.GetProperty("Resource"));
            joined.Should().StartWith("arn:").And.EndWith(":parameter/aws/reference/secretsmanager/" + secret, name).And.NotContain("*");
            var read = statements.Single(s => IamJson.Actions(s).SequenceEqual(["secretsmanager:GetSecretValue"]));
            read.GetProperty("Resource").Compact().Should().Be(secret, name);
            statements.Should().OnlyContain(s => IamJson.IsAllow(s));
        }
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

    /// <summary>The functions that sign (join, check in) or verify (place an order) the waiting room's tokens.</summary>
    private static readonly string[] WaitingRoomKeyReaders = ["JoinWaitingRoom", "CheckInWaitingRoom", "PlaceOrder"];

    /// <summary>Every statement on the function's role, in the template that holds the function.</summary>
    private List<JsonElement> OwnStatements(string function)
    {
        var template = _stack.TemplateOf(function);
        var role = template.FunctionRoleLogicalId(function);
        return [.. template.RoleStatements().Where(s => s.Role == role).Select(s => s.Statement)];
    }

    private List<JsonElement> Statements(string function, string action)
    {
        var role = _stack.FunctionRoleLogicalId(function);
        return [.. _stack.RoleStatements().Where(s => s.Role == role && IamJson.IsAllow(s.Statement) && IamJson.Actions(s.Statement).Contains(action))
            .Select(s => s.Statement)];
    }
}
