using GitGoods.Domain.Cart;
using GitGoods.Hosting.Http;
using GitGoods.Identity;

namespace GitGoods.Cart;

/// <summary>
/// Whose cart a request is about: the signed-in user's (from the verified token), else the anonymous cart the
/// <c>X-Cart-Id</c> header names, else none yet. A malformed header is refused, never taken as "no cart".
/// </summary>
public sealed record CartCaller(CartOwner? Owner, bool MalformedCartId)
{
    public const string CartIdHeader = "X-Cart-Id";

    public static CartCaller From(ApiGatewayHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Caller.From(request) is { } user)
        {
            return new CartCaller(CartOwner.User(user.UserId), false);
        }

        return AnonymousFrom(request);
    }

    /// <summary>The anonymous cart named by the header, ignoring any token (for merge).</summary>
    public static CartCaller AnonymousFrom(ApiGatewayHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Header(CartIdHeader);
        if (id is null)
        {
            return new CartCaller(null, false);
        }

        return CartId.IsWellFormed(id) ? new CartCaller(CartOwner.Anonymous(id), false) : new CartCaller(null, true);
    }
}
