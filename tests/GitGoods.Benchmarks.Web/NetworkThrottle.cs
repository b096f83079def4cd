namespace GitGoods.Benchmarks.Web;

/// <summary>What Chromium's network emulation adds to every request: a minimum round trip and bandwidth caps.</summary>
public sealed record NetworkThrottle(int RoundTripMs, int DownBitsPerSecond, int UpBitsPerSecond)
{
    /// <summary>Lighthouse's "Slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.</summary>
    public static NetworkThrottle Slow4G { get; } = new(150, 1_600_000, 750_000);

    public override string ToString() => $"{RoundTripMs} ms RTT, {DownBitsPerSecond / 1e6:0.0#} Mbit/s down, {UpBitsPerSecond / 1e3:0} kbit/s up";
}
