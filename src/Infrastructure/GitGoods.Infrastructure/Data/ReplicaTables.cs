using Amazon.CDK.AWS.DynamoDB;

namespace GitGoods.Infrastructure.Data;

/// <summary>The replica list of a global table: one replica in the standby region, or none.</summary>
internal static class ReplicaTables
{
    /// <summary>
    /// A replica in <paramref name="region"/> with the table's own settings (point-in-time recovery, deletion protection,
    /// streams); none without a standby region.
    /// </summary>
    public static IReplicaTableProps[]? In(string? region) =>
        region is null ? null : [new ReplicaTableProps { Region = region }];
}
