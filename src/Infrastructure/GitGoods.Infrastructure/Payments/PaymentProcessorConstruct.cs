using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;

using Constructs;

using GitGoods.Manifest;
using GitGoods.Composition;

namespace GitGoods.Infrastructure.Payments;

/// <summary>
/// Wires the payment processor onto the functions whose catalogue entry says <see cref="DataAccess.Payments"/>: the
/// provider and stage in their environment, and for Stripe the name of the secret key's SSM parameter with least-privilege
/// grants to read exactly that parameter (<c>ssm:GetParameter</c>) and decrypt it only through SSM (<c>kms:Decrypt</c>
/// with <c>kms:ViaService</c> and the parameter's encryption context). Other functions get nothing. The key itself never
/// appears in the template: the functions read it at run time.
/// </summary>
public sealed class PaymentProcessorConstruct : Construct
{
    /// <summary>SSM encrypts a SecureString with this encryption context entry (the parameter's ARN).</summary>
    public const string ParameterArnContextKey = "kms:EncryptionContext:PARAMETER_ARN";

    public PaymentProcessorConstruct(Construct scope, string id, PaymentProcessorOptions options,
        IEnumerable<FunctionDefinition> definitions, IReadOnlyDictionary<string, Function> functions)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(functions);
        options.Validate();
        Options = options;
        var stack = Stack.Of(this);
        ParameterArn = options.SecretKeyParameter is { } name
            ? stack.FormatArn(new ArnComponents
            {
                Service = "ssm", Resource = "parameter", ResourceName = name.TrimStart('/'), ArnFormat = ArnFormat.SLASH_RESOURCE_NAME,
            })
            : null;
        Site = options is { IsStripe: true, PublishableKey: { } key } ? new PaymentSiteSettings(options.Provider, key) : null;

        foreach (var definition in definitions.Where(d => d.Access.Payments))
        {
            var function = functions.TryGetValue(definition.Name, out var f) ? f
                : throw new InvalidOperationException($"{definition.Name} calls the payment port but no function was built for it.");
            Wire(function);
        }
    }

    public PaymentProcessorOptions Options { get; }

    /// <summary>The secret key parameter's ARN (null with the simulator).</summary>
    public string? ParameterArn { get; }

    /// <summary>What config.json and the CSP need for Stripe's card field; null when checkout keeps the test cards.</summary>
    public PaymentSiteSettings? Site { get; }

    private void Wire(Function function)
    {
        _ = function.AddEnvironment(PaymentSettings.ProviderVariable, Options.Provider);
        _ = function.AddEnvironment(PaymentSettings.StageVariable, Options.Stage);
        if (ParameterArn is null)
        {
            return;
        }

        _ = function.AddEnvironment(PaymentSettings.SecretKeyParameterVariable, Options.SecretKeyParameter!);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = ["ssm:GetParameter"],
            Resources = [ParameterArn],
        }));
        var stack = Stack.Of(this);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = ["kms:Decrypt"],
            // aws/ssm's own key policy already lets SSM decrypt for the account; a customer-managed key needs this grant.
            Resources = [Options.SecretKeyKmsKeyArn ?? stack.FormatArn(new ArnComponents { Service = "kms", Resource = "key", ResourceName = "*" })],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["kms:ViaService"] = $"ssm.{stack.Region}.{stack.UrlSuffix}",
                    [ParameterArnContextKey] = ParameterArn,
                },
            },
        }));
    }
}
