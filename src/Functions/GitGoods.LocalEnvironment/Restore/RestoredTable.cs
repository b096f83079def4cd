namespace GitGoods.LocalEnvironment.Restore;

/// <summary>One table of a drill: its source, the copy made from its export, and what each holds.</summary>
/// <param name="Source">The table exported.</param>
/// <param name="Restored">The table created and filled from the export.</param>
/// <param name="ExportFile">The export: DynamoDB JSON, one item per line.</param>
/// <param name="SourceItems">Items exported.</param>
/// <param name="SourceChecksum">The fingerprint of the items exported (<see cref="ItemSetChecksum"/>).</param>
/// <param name="RestoredItems">Items read back from the restored table.</param>
/// <param name="RestoredChecksum">The fingerprint of the items read back.</param>
public sealed record RestoredTable(
    string Source, string Restored, string ExportFile, long SourceItems, string SourceChecksum, long RestoredItems, string RestoredChecksum)
{
    /// <summary>The restored table holds exactly the exported items: the same count and the same fingerprint.</summary>
    public bool Matches => SourceItems == RestoredItems && string.Equals(SourceChecksum, RestoredChecksum, StringComparison.Ordinal);
}
