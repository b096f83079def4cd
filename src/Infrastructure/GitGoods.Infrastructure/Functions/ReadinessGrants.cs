using Amazon.CDK.AWS.IAM;

using GitGoods.Adapters.Encryption;
using GitGoods.Adapters.Queues;
using GitGoods.Composition;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// The grants of a function whose catalogue entry says <see cref="DataAccess.Readiness"/> (GET /api/health/ready): exactly
/// the calls its checks make — <c>dynamodb:GetItem</c> on the shop table, <c>sqs:GetQueueAttributes</c> on the order
/// queue, <c>kms:DescribeKey</c> on the personal-data key — and the variables that name them. No data is read beyond one
/// fixed key that never exists, nothing is sent, nothing decrypted.
/// </summary>
internal static class ReadinessGrants
{
    public static void Apply(ShopFunction function, FunctionDefinition definition, ManifestFunctionsOptions options)
    {
        var lambda = function.Function;
        Allow(lambda, "dynamodb:GetItem", options.Table.TableArn);
        _ = lambda.AddEnvironment(FunctionSettings.TableNameVariable, options.Table.TableName);

        var queues = options.OrderQueues ?? throw Missing(definition, nameof(ManifestFunctionsOptions.OrderQueues));
        queues.GrantReadiness(lambda);
        _ = lambda.AddEnvironment(OrderQueues.QueueUrlVariable, queues.Queue.QueueUrl);

        var key = options.PersonalDataKey ?? throw Missing(definition, nameof(ManifestFunctionsOptions.PersonalDataKey));
        key.GrantDescribe(lambda);
        _ = lambda.AddEnvironment(KmsDataKeySource.KeyIdVariable, key.KeyArn);
    }

    private static void Allow(Amazon.CDK.AWS.Lambda.Function grantee, string action, string resource) =>
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = [action],
            Resources = [resource],
        }));

    private static InvalidOperationException Missing(FunctionDefinition definition, string option) =>
        new($"{definition.Name} asks for {nameof(DataAccess)}.{nameof(DataAccess.Readiness)} but no {option} was given to {nameof(ManifestFunctions)}.");
}
