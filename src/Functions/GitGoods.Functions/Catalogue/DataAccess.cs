namespace GitGoods.Catalogue;

/// <summary>What data a function may touch; the CDK app turns it into least-privilege grants.</summary>
public sealed record DataAccess(TableAccess Table)
{
    public static DataAccess None { get; } = new(TableAccess.None);

    public static DataAccess ReadTable { get; } = new(TableAccess.Read);

    public static DataAccess ReadWriteTable { get; } = new(TableAccess.ReadWrite);
}

public enum TableAccess
{
    None,
    Read,
    ReadWrite,
}
