using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>Reads a request body up to a limit, as API Gateway buffers it before calling the function.</summary>
internal static class GatewayBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        // A pooled chunk: most requests (every GET) have no body, and a fresh 80 KB array per request was a
        // measurable share of the gateway's allocations (docs/benchmarks.md §9).
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            MemoryStream? buffer = null;
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer ??= new MemoryStream();
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer is null ? ReadOnlyMemory<byte>.Empty : new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
