namespace GitGoods.Benchmarks.Checkout;

/// <summary>One measured order: its final status, the POST's time, placed → settled on the server clock, and as the shopper saw it.</summary>
internal sealed record OrderResult(string Status, TimeSpan Post, TimeSpan ServerSettle, TimeSpan ClientSettle);
