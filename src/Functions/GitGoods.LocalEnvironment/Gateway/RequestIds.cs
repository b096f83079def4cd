namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// Request ids in API Gateway's form (short base64 strings such as "JKJaXmPLvHcESHA=") and X-Ray trace roots. Neither
/// is a secret — they name a request in logs and headers — so they come from <see cref="Random.Shared"/>: unique
/// enough (88 and 96 random bits) and far cheaper per request than the OS's cryptographic generator, which was the
/// gateway's largest own cost once the JSON round trips were gone (docs/benchmarks.md §9).
/// </summary>
internal static class RequestIds
{
#pragma warning disable CA5394 // Not security-sensitive: identifiers, not tokens or keys.
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[11];
        Random.Shared.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>An X-Ray trace header for a request that came without one: <c>Root=1-{epoch seconds}-{96 random bits}</c>.</summary>
    public static string TraceHeader(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[12];
        Random.Shared.NextBytes(bytes);
        return $"Root=1-{now.ToUnixTimeSeconds():x8}-{Convert.ToHexStringLower(bytes)}";
    }
#pragma warning restore CA5394
}
