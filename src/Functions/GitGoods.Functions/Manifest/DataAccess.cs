namespace GitGoods.Manifest;

/// <summary>
/// What data a function may touch; the CDK app turns it into least-privilege grants (table actions, the idempotency table,
/// the personal-data key, the order queues), and nothing else.
/// </summary>
public sealed record DataAccess(TableAccess Table)
{
    public static DataAccess None { get; } = new(TableAccess.None);

    public static DataAccess ReadTable { get; } = new(TableAccess.Read);

    public static DataAccess ReadWriteTable { get; } = new(TableAccess.ReadWrite);

    /// <summary>Reads and writes the idempotency table.</summary>
    public bool Idempotency { get; init; }

    /// <summary>Seals (GenerateDataKey) and/or opens (Decrypt) order personal data with the KMS key.</summary>
    public PersonalDataAccess PersonalData { get; init; }

    /// <summary>Sends to the order queue.</summary>
    public bool SendsOrders { get; init; }

    /// <summary>Reads and deletes dead letters and sends them back to the order queue.</summary>
    public bool DeadLetters { get; init; }

    /// <summary>
    /// Reads the public catalogue (products, platforms) and may serve those reads from the catalogue cache (DAX) when
    /// the deployment has one: the CDK app then places the function in the cache's VPC and gives it the cluster's
    /// endpoint and read-only <c>dax:</c> actions on that cluster, beside its table grants (DynamoDB stays the fallback).
    /// Only for reads whose freshness bounds the cache's TTLs honour (stock at most 5 s old, listings at most 30 s).
    /// </summary>
    public bool CachedCatalogReads { get; init; }

    /// <summary>
    /// Checks products' platforms against the managed list (decision 0033): the CDK app gives the function the configured
    /// list as <c>SHOP_PLATFORMS</c>; without the variable a function uses the default list.
    /// </summary>
    public bool Platforms { get; init; }

    /// <summary>Calls the payment processor: gets the payment settings and may read the processor's secret key parameter.</summary>
    public bool Payments { get; init; }

    /// <summary>
    /// Checks each dependency for the readiness report, and nothing more: GetItem of one fixed key on the shop table,
    /// GetQueueAttributes on the order queue, DescribeKey on the personal-data key (no data read, sent or decrypted).
    /// </summary>
    public bool Readiness { get; init; }

    /// <summary>
    /// The prefix of the analytics bucket (e.g. <c>lake/order_lines/</c>) the function may write objects under; null: none.
    /// Locally the same keys are files under the analytics folder.
    /// </summary>
    public string? AnalyticsWritePrefix { get; init; }

    /// <summary>
    /// What the function may do with the image bucket: sign uploads (<c>s3:PutObject</c> on <c>uploads/*</c>, the right a
    /// pre-signed PUT carries), or attach them to products (read and delete <c>uploads/*</c>, write and delete the public
    /// <c>images/products/*</c>). Sets <c>IMAGE_BUCKET</c>.
    /// </summary>
    public ImageAccess Images { get; init; }

    /// <summary>
    /// The waiting room (docs/waiting-room.md): its items in the shop table only, and the token signing key for
    /// <see cref="WaitingRoomAccess.Line"/> and <see cref="WaitingRoomAccess.OrderGuard"/>. The CDK app builds the
    /// <see cref="WaitingRoomAccess.Sales"/> and <see cref="WaitingRoomAccess.Line"/> functions in the waiting room's nested stack.
    /// </summary>
    public WaitingRoomAccess WaitingRoom { get; init; }
}

public enum WaitingRoomAccess
{
    None,

    /// <summary>Reads or defines sales; no key.</summary>
    Sales,

    /// <summary>Joins and checks in: the line's items and the signing key.</summary>
    Line,

    /// <summary>The order route: verifies admissions with the key and completes them.</summary>
    OrderGuard,
}

public enum ImageAccess
{
    None,
    SignUploads,
    Attach,
}

public enum TableAccess
{
    None,
    Read,
    ReadWrite,
}

[Flags]
public enum PersonalDataAccess
{
    None = 0,
    Seal = 1,
    Open = 2,
}
