namespace GitGoods.LocalEnvironment.Configuration;

/// <summary>The stack is for one machine: it refuses to listen anywhere but the loopback interface.</summary>
public static class LoopbackUrls
{
    /// <exception cref="InvalidOperationException">When any of the ';'-separated URLs is not on localhost, 127.0.0.1 or [::1].</exception>
    public static void Require(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsLoopback(uri.Host))
            {
                throw new InvalidOperationException(
                    $"The local environment listens on loopback addresses only (localhost, 127.0.0.1, [::1]); '{url}' is not one.");
            }
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";
}
