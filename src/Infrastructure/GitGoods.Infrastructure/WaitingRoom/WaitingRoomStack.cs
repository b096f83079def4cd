using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SecretsManager;

using Constructs;

using GitGoods.Adapters.WaitingRoom;
using GitGoods.Infrastructure.Functions;
using GitGoods.Infrastructure.Operations;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.WaitingRoom;

/// <summary>
/// The sales-day waiting room (docs/waiting-room.md, decision 0038), in a nested stack of its own: the main stack is near
/// CloudFormation's 500 resources. It holds the waiting room's functions with their routes on the main API (the manifest's
/// <see cref="WaitingRoomAccess.Sales"/> and <see cref="WaitingRoomAccess.Line"/> entries), built by the same
/// <see cref="ManifestFunctions"/> as every other function (live alias, canary, grants, errors alarm), and their throttles
/// alarms. The token signing key, a generated Secrets Manager secret only the functions that sign or verify tokens may read,
/// is the main stack's (<see cref="NewSigningKey"/>). Nothing here runs or costs
/// anything while no sale is on: no cache cluster, no NAT gateway, no VPC, no schedule. The line lives in the shop table.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK NestedStack subclass: the suffix is the CDK convention.")]
public sealed class WaitingRoomStack : NestedStack
{
    /// <param name="signingKey">The token signing key (<see cref="NewSigningKey"/>), made in the main stack.</param>
    public WaitingRoomStack(Construct scope, string id, ManifestFunctionsOptions functions, Secret signingKey)
        : base(scope, id, new NestedStackProps { Description = "Git Goods waiting room: the sales' line functions and routes." })
    {
        ArgumentNullException.ThrowIfNull(functions);
        SigningKey = signingKey;
        Functions = new ManifestFunctions(this, "Functions", functions with { Functions = [.. functions.Functions.Where(IsHere)] });
        foreach (var (name, function) in Functions.Functions)
        {
            if (functions.Functions.Single(f => string.Equals(f.Name, name, StringComparison.Ordinal)).Access.WaitingRoom == WaitingRoomAccess.Line)
            {
                GrantKey(function.Function);
            }
        }

        Throttles = new FunctionThrottleAlarms(this, "Throttles",
            Functions.Functions.ToDictionary(f => f.Key, f => (Amazon.CDK.AWS.Lambda.IFunction)f.Value.Function, StringComparer.Ordinal));
    }

    /// <summary>
    /// The throttles alarm of each of these functions, as the monitoring stack has for the others: here, because these
    /// functions' canaries roll back on the monitoring stack's API alarms, and a reference back would be a cycle.
    /// </summary>
    public FunctionThrottleAlarms Throttles { get; }

    /// <summary>
    /// The token signing key: a generated secret in the main stack (<paramref name="scope"/>), not in this nested stack, because
    /// the order route in the main stack reads it too, and this stack's canaries roll back on the monitoring stack's alarms,
    /// which watch the main stack's functions: a key here would make a cycle (main → waiting room → monitoring → main).
    /// </summary>
    public static Secret NewSigningKey(Construct scope, string id) => new(scope, id, new SecretProps
    {
        Description = "Signs the waiting room's position and admission tokens (HMAC-SHA256). Rotating it ends every place and admission.",
        GenerateSecretString = new SecretStringGenerator { PasswordLength = 64, ExcludePunctuation = true },
    });

    /// <summary>The token signing key.</summary>
    public Secret SigningKey { get; }

    /// <summary>The waiting room's functions and routes.</summary>
    public ManifestFunctions Functions { get; }

    /// <summary>True for the manifest entries this stack builds (the rest stay in the main stack; PlaceOrder only verifies).</summary>
    public static bool IsHere(FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Access.WaitingRoom is WaitingRoomAccess.Sales or WaitingRoomAccess.Line;
    }

    /// <summary>
    /// Lets <paramref name="function"/> read the key, once per execution environment, through Parameter Store's
    /// <c>/aws/reference/secretsmanager/</c> path (AWSSDK.SecretsManager is not available to the functions; decision 0038):
    /// exactly <c>secretsmanager:GetSecretValue</c> on this one secret and <c>ssm:GetParameter</c> on its one reference,
    /// the parameter name the function asks for (<see cref="ReferenceParameterName"/>).
    /// </summary>
    public void GrantKey(Amazon.CDK.AWS.Lambda.Function function)
    {
        ArgumentNullException.ThrowIfNull(function);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["secretsmanager:GetSecretValue"],
            Resources = [SigningKey.SecretArn],
        }));
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["ssm:GetParameter"],
            Resources = [Arn.Format(new ArnComponents
            {
                Service = "ssm", Resource = "parameter", ResourceName = ReferenceParameterName.TrimStart('/'),
            }, Stack.Of(function))],
        }));
        _ = function.AddEnvironment(SecretWaitingRoomKey.SecretVariable, SigningKey.SecretArn);
    }

    /// <summary>The Parameter Store name that refers to the key: the reference prefix and the secret's ARN, as the function reads it.</summary>
    public string ReferenceParameterName => ReferencePrefix + SigningKey.SecretArn;

    /// <summary>Parameter Store's path to Secrets Manager secrets, as <see cref="SecretWaitingRoomKey"/> prefixes the secret id.</summary>
    public const string ReferencePrefix = "/aws/reference/secretsmanager/";
}
