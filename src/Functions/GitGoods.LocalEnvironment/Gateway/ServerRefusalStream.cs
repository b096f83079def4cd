using System.Globalization;
using System.Text;
using System.Text.Json;
using GitGoods.Http;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// The output side of a connection (see <see cref="ServerRefusals"/>). A write that begins with a response head of status
/// 400 or more, <c>Content-Length: 0</c>, <c>Connection: close</c> and no <c>x-request-id</c> is Kestrel refusing a request
/// it could not read; its head is replaced by a problem+json response with the same status and an <c>x-request-id</c>.
/// </summary>
internal sealed class ServerRefusalStream(Stream inner) : Stream
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Refusal(buffer.Span) is { } refusal)
        {
            await inner.WriteAsync(refusal.Replacement, cancellationToken);
            await inner.WriteAsync(buffer[refusal.HeadLength..], cancellationToken);
            return;
        }

        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>The replacement of a server refusal at the start of <paramref name="bytes"/>, or null for anything else.</summary>
    internal static (byte[] Replacement, int HeadLength)? Refusal(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf(HeadEnd);
        if (!bytes.StartsWith("HTTP/1."u8) || end < 0)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(bytes[..end]);
        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 400
            || !HasHeader(lines, "content-length", "0") || !HasHeader(lines, "connection", "close") || HasHeader(lines, "x-request-id", null))
        {
            return null;
        }

        return (Replace(code, lines), end + HeadEnd.Length);
    }

    private static byte[] Replace(int code, string[] lines)
    {
        var requestId = RequestIds.New();
        var title = lines[0].Split(' ', 3) is [_, _, var reason] && reason.Length > 0 ? reason : "Error";
        var problem = new ProblemDetails("https://gitgoods.dev/problems/" + title.ToLowerInvariant().Replace(' ', '-'), title, code,
            Detail(code), requestId);
        var body = JsonSerializer.SerializeToUtf8Bytes(problem, FunctionsJsonContext.Default.ProblemDetails);
        var head = new StringBuilder().Append(lines[0]).Append("\r\n");
        foreach (var line in lines.Skip(1).Where(l => !IsHeader(l, "content-length") && !IsHeader(l, "content-type")))
        {
            head.Append(line).Append("\r\n");
        }

        head.Append("Content-Type: application/problem+json\r\n")
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("x-request-id: ").Append(requestId).Append("\r\n")
            .Append("Cache-Control: no-store\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    private static string Detail(int code) => code switch
    {
        414 => "The request line is too long.",
        431 => "The request's headers are too large.",
        413 => "The request body is too large.",
        408 => "The request did not arrive in time.",
        _ => "The server could not read the request: its request line or a header is malformed (for example a control character).",
    };

    private static bool HasHeader(string[] lines, string name, string? value) =>
        lines.Skip(1).Any(line => IsHeader(line, name)
            && (value is null || string.Equals(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), value, StringComparison.OrdinalIgnoreCase)));

    private static bool IsHeader(string line, string name) =>
        line.Length > name.Length && line[name.Length] == ':' && line.StartsWith(name, StringComparison.OrdinalIgnoreCase);
}
