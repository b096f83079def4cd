using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SecretsManager;

using Constructs;

using GitGoods.Adapters.WaitingRoom;
using GitGoods.Infrastructure.Functions;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.WaitingRoom;

/// <summary>
/// The sales-day waiting room (docs/waiting-room.md, decision 0038), in a nested stack of its own: the main stack is near
/// CloudFormation's 500 resources. It holds the waiting room's functions with their routes on the main API (the manifest's
/// <see cref="WaitingRoomAccess.Sales"/> and <see cref="WaitingRoomAccess.Line"/> entries) and the token signing key, a
/// generated Secrets Manager secret only the functions that sign or verify tokens may read. Nothing here runs or costs
/// anything while no sale is on: no cache cluster, no NAT gateway, no VPC, no schedule. The line lives in the shop table.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK NestedStack subclass: the suffix is the CDK convention.")]
public sealed class WaitingRoomStack : NestedStack
{
    public WaitingRoomStack(Construct scope, string id, ManifestFunctionsOptions functions)
        : base(scope, id, new NestedStackProps { Description = "Git Goods waiting room: the sales' line functions and routes, and the token signing key." })
    {
        ArgumentNullException.ThrowIfNull(functions);
        SigningKey = new Secret(this, "SigningKey", new SecretProps
        {
            Description = "Signs the waiting room's position and admission tokens (HMAC-SHA256). Rotating it ends every place and admission.",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 64, ExcludePunctuation = true },
        });
        Functions = new ManifestFunctions(this, "Functions", functions with { Functions = [.. functions.Functions.Where(IsHere)] });
        foreach (var (name, function) in Functions.Functions)
        {
            if (functions.Functions.Single(f => string.Equals(f.Name, name, StringComparison.Ordinal)).Access.WaitingRoom == WaitingRoomAccess.Line)
            {
                GrantKey(function.Function);
            }
        }
    }

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
    /// <c>/aws/reference/secretsmanager/</c> path: GetSecretValue on this one secret, GetParameter on that one reference.
    /// </summary>
    public void GrantKey(Amazon.CDK.AWS.Lambda.Function function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _ = SigningKey.GrantRead(function);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["ssm:GetParameter"],
            Resources = [Arn.Format(new ArnComponents
            {
                Service = "ssm", Resource = "parameter", ResourceName = "aws/reference/secretsmanager/*",
            }, Stack.Of(function))],
        }));
        _ = function.AddEnvironment(SecretWaitingRoomKey.SecretVariable, SigningKey.SecretArn);
    }
}
