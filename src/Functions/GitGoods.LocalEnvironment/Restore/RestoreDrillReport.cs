using System.Globalization;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>What a restore drill did: each table's counts and fingerprints, and how long each phase took.</summary>
public sealed record RestoreDrillReport(IReadOnlyList<RestoredTable> Tables, IReadOnlyList<DrillPhase> Phases)
{
    public const string PassedLine = "Restore drill passed: every restored table holds exactly the items of its source.";
    public const string FailedLine = "Restore drill FAILED: a restored table differs from its source.";
    private const int ShownChecksumDigits = 16;

    /// <summary>Every restored table matches its source.</summary>
    public bool Passed => Tables.Count > 0 && Tables.All(t => t.Matches);

    public TimeSpan Total => Phases.Aggregate(TimeSpan.Zero, (sum, phase) => sum + phase.Duration);

    /// <summary>Writes the tables, the phases with their times and the total, and the verdict.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var tableWidth = Math.Max("table".Length, Tables.Max(t => t.Source.Length));
        var restoredWidth = Math.Max("restored as".Length, Tables.Max(t => t.Restored.Length));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"table".PadRight(tableWidth)}  {"restored as".PadRight(restoredWidth)}  {"items",7}  {"restored",8}  {"sha-256 source",-16}  {"sha-256 restored",-16}  match"));
        foreach (var table in Tables)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table.Source.PadRight(tableWidth)}  {table.Restored.PadRight(restoredWidth)}  {table.SourceItems,7}  {table.RestoredItems,8}  {table.SourceChecksum[..ShownChecksumDigits]}  {table.RestoredChecksum[..ShownChecksumDigits],-16}  {(table.Matches ? "yes" : "NO")}"));
        }

        output.WriteLine();
        var phaseWidth = Math.Max("total".Length, Phases.Max(p => p.Name.Length));
        output.WriteLine($"{"phase".PadRight(phaseWidth)}  seconds");
        foreach (var phase in Phases)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase.Name.PadRight(phaseWidth)}  {phase.Duration.TotalSeconds,7:F2}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total".PadRight(phaseWidth)}  {Total.TotalSeconds,7:F2}"));
        output.WriteLine();
        output.WriteLine(Passed ? PassedLine : FailedLine);
    }
}
