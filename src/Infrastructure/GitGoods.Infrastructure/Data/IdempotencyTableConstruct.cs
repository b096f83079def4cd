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
/// With a standby region it replicates there too: a client that retries after a failover must get the first answer
/// back, not a second order (<see cref="ReplicaIn"/> gives the standby stack its replica).
/// </summary>
public sealed class IdempotencyTableConstruct : Construct
{
    /// <summary>Exactly the calls the idempotency store makes (DynamoIdempotencyStore): no scans, queries or batches.</summary>
    public static readonly IReadOnlyList<string> StoreActions =
        ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

    /// <param name="replicaRegion">The standby region to replicate to; null for a single-region table.</param>
    public IdempotencyTableConstruct(Construct scope, string id, string? replicaRegion = null)
        : base(scope, id)
    {
        var table = new TableV2(this, "IdempotencyTable", new TablePropsV2
        {
            PartitionKey = new DynamoAttribute { Name = IdempotencyTable.PartitionKey, Type = AttributeType.STRING },
            Billing = Billing.OnDemand(),
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
            TimeToLiveAttribute = IdempotencyTable.TimeToLive,
            RemovalPolicy = RemovalPolicy.RETAIN,
            Encryption = TableEncryptionV2.AwsManagedKey(),
            Replicas = ReplicaTables.In(replicaRegion),
        });
        Global = table;
        Table = table;
    }

    private IdempotencyTableConstruct(Construct scope, string id, ITableV2 replica)
        : base(scope, id)
    {
        Table = replica;
    }

    /// <summary>The table this stack owns; null in a standby stack, which uses a replica.</summary>
    public TableV2? Global { get; }

    /// <summary>The table the functions of this stack use: the global table, or its replica in a standby region.</summary>
    public ITableV2 Table { get; }

    /// <summary>The same store in a standby stack (<paramref name="scope"/>), on the replica in that stack's region.</summary>
    /// <exception cref="InvalidOperationException">When this store is itself a replica.</exception>
    public IdempotencyTableConstruct ReplicaIn(Construct scope, string id)
    {
        var global = Global ?? throw new InvalidOperationException("A replica has no replicas of its own: take them from the main stack's table.");
        return new IdempotencyTableConstruct(scope, id, global.Replica(Stack.Of(scope).Region));
    }

    /// <summary>Lets <paramref name="grantee"/> run the idempotency store's calls on the table, and nothing else.</summary>
    public Grant GrantStore(IGrantable grantee) => Table.Grant(grantee, [.. StoreActions]);
}
