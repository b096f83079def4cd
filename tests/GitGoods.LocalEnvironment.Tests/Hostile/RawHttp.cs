using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace GitGoods.LocalEnvironment.Tests.Hostile;

/// <summary>
/// HTTP/1.1 over a plain socket, one request a connection: the exact bytes of the request line and headers, including
/// those HttpClient refuses to send (control characters, bad percent-escapes, non-ASCII header bytes).
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string method, string target, IReadOnlyList<(string Name, byte[] Value)> headers,
        byte[]? body, CancellationToken cancellationToken)
    {
        using var request = new MemoryStream();
        Write(request, $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            Write(request, name + ": ");
            request.Write(value);
            Write(request, "\r\n");
        }

        if (body is not null)
        {
            Write(request, "Content-Type: application/json\r\nContent-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n");
        }

        Write(request, "\r\n");
        request.Write(body ?? []);

        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request.ToArray(), cancellationToken);
        }
        catch (IOException)
        {
            // The server answered and closed before reading everything (e.g. a 431 after 32 KB of headers): read the answer.
        }

        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, cancellationToken);
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the response arrived.
        }

        return RawResponse.Parse(received.ToArray());
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}

/// <summary>A parsed response: status, headers (last value wins, names lower-case) and the de-chunked body.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Headers.TryGetValue("content-type", out var value) ? value : null;

    public static RawResponse Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(StringComparer.Ordinal), Encoding.Latin1.GetString(bytes));
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        var body = bytes.AsSpan(end + 4).ToArray();
        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            var size = int.Parse(Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            output.Write(body, position + lineEnd + 2, size);
            position += lineEnd + 2 + size + 2;
        }

        return output.ToArray();
    }
}
