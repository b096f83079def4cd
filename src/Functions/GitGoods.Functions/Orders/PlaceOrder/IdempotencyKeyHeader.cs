using GitGoods.Hosting.Http;

namespace GitGoods.Orders.PlaceOrder;

/// <summary>The <c>Idempotency-Key</c> header: 1–64 visible ASCII characters, required on every order.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 64;

    public static string? Read(ApiGatewayHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Header(Name);
        return key is { Length: >= 1 and <= MaxLength } && key.All(c => c is >= '!' and <= '~') ? key : null;
    }
}
