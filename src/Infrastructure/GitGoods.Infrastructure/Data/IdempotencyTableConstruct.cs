using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;

using Constructs;

using GitGoods.Adapters.Idempotency;

using DynamoAttribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace GitGoods.Infrastructure.Data;

/// <summary>
/// The idempotency table (Powertools layout: key <c>id</c>, TTL <c>expiration</c>) that remembers answers to
/// <c>Idempotency-Key</c> requests. Key names come from <see cref="IdempotencyTable"/>, as in the local environment.
/// </summary>
public sealed class IdempotencyTableConstruct : Construct
{
    /// <summary>Exactly the calls the idempotency store makes (DynamoIdempotencyStore): no scans, queries or batches.</summary>
    public static readonly IReadOnlyList<string> StoreActions =
        ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

    public IdempotencyTableConstruct(Construct scope, string id)
        : base(scope, id)
    {
        Table = new TableV2(this, "IdempotencyTable", new TablePropsV2
        {
            PartitionKey = new DynamoAttribute { Name = IdempotencyTable.PartitionKey, Type = AttributeType.STRING },
            Billing = Billing.OnDemand(),
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
            TimeToLiveAttribute = IdempotencyTable.TimeToLive,
            RemovalPolicy = RemovalPolicy.RETAIN,
            Encryption = TableEncryptionV2.AwsManagedKey(),
        });
    }

    public TableV2 Table { get; }

    /// <summary>Lets <paramref name="grantee"/> run the idempotency store's calls on the table, and nothing else.</summary>
    public Grant GrantStore(IGrantable grantee) => Table.Grant(grantee, [.. StoreActions]);
}
