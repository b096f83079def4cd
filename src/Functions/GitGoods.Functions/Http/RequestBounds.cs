using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Http;

/// <summary>
/// Bounds every path parameter, query value and header a route reads before its handler runs, so no hostile or oversized
/// value reaches a table key, a log line or a parser: such a request gets a 4xx problem and changes nothing.
/// Path parameters are ids: a malformed one is a 404 (ids cannot be probed). A malformed query value or header is a 400
/// whose <c>errors</c> name the parameter (never the value). Each handler still validates its own values' meaning.
/// </summary>
public sealed class RequestBounds(IHttpHandler inner) : IHttpHandler
{
    /// <summary>The longest id any route accepts; every id this API mints is far shorter (and DynamoDB keys stay small).</summary>
    public const int MaxIdLength = 128;

    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (_, value) in request.PathParameters ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            if (!IsPlausibleId(value))
            {
                return Task.FromResult(HttpResults.NotFound(request, "Nothing here has that id."));
            }
        }

        var errors = InputBounds.QueryErrors(request.QueryStringParameters);
        InputBounds.AddHeaderErrors(request, errors);
        if (errors.Count > 0)
        {
            return Task.FromResult(HttpResults.BadRequest(request,
                "Some parameters are malformed or too long: " + string.Join(", ", errors.Keys) + ".", errors.AsReadOnly()));
        }

        return inner.HandleAsync(request, context, cancellationToken);
    }

    /// <summary>An id route's value: 1 to <see cref="MaxIdLength"/> characters, none of them a control character.</summary>
    public static bool IsPlausibleId(string? value) =>
        value is { Length: >= 1 and <= MaxIdLength } && !value.Any(char.IsControl) && !value.Any(char.IsSurrogate);
}
