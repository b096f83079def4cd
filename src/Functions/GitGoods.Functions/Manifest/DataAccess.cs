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
    /// Serves the shopper's eventually consistent catalogue reads, which go through the DAX cluster when one is deployed:
    /// the functions the CDK app gives <c>DAX_ENDPOINT</c> (decision 0017). Their table read grant stays, for the fallback.
    /// </summary>
    public bool CatalogueReads { get; init; }

    /// <summary>Calls the payment processor: gets the payment settings and may read the processor's secret key parameter.</summary>
    public bool Payments { get; init; }
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
