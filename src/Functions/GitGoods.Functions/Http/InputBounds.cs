using GitGoods.Hosting.Http;

namespace GitGoods.Http;

/// <summary>
/// The bounds <see cref="RequestBounds"/> applies to query values and to the headers handlers read. A value within them
/// still has to mean something to its handler (a sort order, a date); these only keep hostile text away from keys,
/// parsers and logs. Error messages name the parameter, never echo the value.
/// </summary>
public static class InputBounds
{
    /// <summary>The longest query value (a search text, a platform list, a date); the catalogue's longest title is 200.</summary>
    public const int MaxQueryValueLength = 512;

    /// <summary>
    /// The longest <c>cursor</c>: the cursors this API mints are far shorter, and a decoded cursor of this size still
    /// fits any DynamoDB key attribute (sort keys take 1,024 bytes).
    /// </summary>
    public const int MaxCursorLength = 1024;

    /// <summary>The longest header value a handler reads (<c>If-Match</c>, <c>X-Cart-Id</c>, <c>If-None-Match</c>).</summary>
    public const int MaxHeaderLength = 1024;

    /// <summary>The longest query parameter name worth naming in a problem; a longer or odd one is named <c>query</c>.</summary>
    private const int MaxNamedKeyLength = 64;

    /// <summary>Query values that are ids of the shop (compared case-sensitively, as API Gateway passes query keys).</summary>
    private static readonly HashSet<string> IdParameters = new(StringComparer.Ordinal) { "sellerId" };

    /// <summary>
    /// Headers handlers read, each bounded here. <c>Idempotency-Key</c> is held to its stricter rule by the one handler that
    /// reads it (400), <c>Authorization</c> where tokens are read (AccessGuard, 401).
    /// </summary>
    private static readonly string[] ReadHeaders = ["x-cart-id", "if-match", "if-none-match", "x-admission-token", "x-position-token"];

    /// <summary>Every query value that is malformed or too long, by parameter name.</summary>
    public static IDictionary<string, string[]> QueryErrors(IDictionary<string, string>? query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, value) in query ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            var max = IdParameters.Contains(name) ? RequestBounds.MaxIdLength
                : string.Equals(name, "cursor", StringComparison.Ordinal) ? MaxCursorLength
                : MaxQueryValueLength;
            if (!IsPlainText(value, max) || (IdParameters.Contains(name) && value.Length == 0))
            {
                errors[Nameable(name)] = [$"Must be at most {max} characters, without control characters."];
            }
        }

        return errors;
    }

    /// <summary>Adds an error for each read header that is malformed or too long.</summary>
    public static void AddHeaderErrors(ApiGatewayHttpRequest request, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var name in ReadHeaders)
        {
            if (request.Header(name) is { } value && !IsPlainText(value, MaxHeaderLength))
            {
                errors[name] = [$"Must be at most {MaxHeaderLength} characters, without control characters."];
            }
        }
    }

    /// <summary>At most <paramref name="max"/> characters, no control character and no lone surrogate (text that is not UTF-16).</summary>
    public static bool IsPlainText(string? value, int max)
    {
        if (value is null || value.Length > max)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Nameable(string name) =>
        name.Length is > 0 and <= MaxNamedKeyLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? name : "query";
}
