using System.Text.Json;
using GitGoods.Domain.Cart;
using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.WaitingRoom;

/// <summary>
/// The order route's admission check, in front of PlaceOrder in its chain (FunctionManifest). Outside sales it costs
/// nothing but the in-process list of active sales (<see cref="ActiveSales"/>, read at most once a second). When a line of
/// the order (its items, or the caller's cart) falls in an active sale, <c>X-Admission-Token</c> must carry an unexpired
/// admission of that sale signed for this caller — one per sale, comma-separated, when an order spans two sales — or the
/// answer is the waiting-room 403 and nothing is written. A placed order completes its admissions, releasing the capacity.
/// </summary>
public sealed class WaitingRoomGuard(ActiveSales active, WaitingLine line, ICartStore carts, TimeProvider time, IHttpHandler inner) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var sales = await active.NowAsync(cancellationToken);
        var caller = Caller.From(request);
        if (sales.Count == 0 || caller is null)
        {
            return await inner.HandleAsync(request, context, cancellationToken);
        }

        var products = await OrderedProductsAsync(request, caller, cancellationToken);
        var covering = sales.Where(s => products.Any(s.Covers)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (covering.Count == 0)
        {
            return await inner.HandleAsync(request, context, cancellationToken);
        }

        var tokens = await line.TokensAsync(cancellationToken);
        var presented = (request.Header(WaitingRoomResults.AdmissionTokenHeader) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var now = time.GetUtcNow();
        var admissions = new List<TokenClaims>();
        foreach (var sale in covering)
        {
            var admission = presented
                .Select(token => tokens.Verify(token, TokenKind.Admission, now, out var claims) == TokenVerdict.Valid ? claims : null)
                .FirstOrDefault(c => c is not null && string.Equals(c.SaleId, sale.Id, StringComparison.Ordinal)
                    && string.Equals(c.ShopperId, caller.UserId, StringComparison.Ordinal));
            if (admission is null)
            {
                context.Metrics.AddMetric("WaitingRoomRefusals", 1);
                return WaitingRoomResults.AdmissionRequired(request, sale.Id,
                    $"Your order holds products of the sale \"{sale.Name}\": join its waiting room and order once admitted, "
                    + $"sending the admission token in the {WaitingRoomResults.AdmissionTokenHeader} header.");
            }

            admissions.Add(admission);
        }

        var response = await inner.HandleAsync(request, context, cancellationToken);
        if (response.StatusCode == 202)
        {
            await CompleteAsync(admissions, context);
        }

        return response;
    }

    private async Task CompleteAsync(List<TokenClaims> admissions, LambdaContext context)
    {
        foreach (var admission in admissions)
        {
            try
            {
                _ = await line.CompleteAsync(admission.SaleId, admission.Position, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The order is placed; the admission then holds its capacity only until it expires.
                context.Logger.Warning("Could not complete a waiting-room admission.", e,
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["saleId"] = admission.SaleId });
            }
        }
    }

    /// <summary>The order's product ids: its items, or the caller's cart when it sends none (a body PlaceOrder will refuse: none).</summary>
    private async Task<IReadOnlyList<string>> OrderedProductsAsync(ApiGatewayHttpRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (!RequestBody.TryRead(request, out var body, out _))
        {
            return [];
        }

        Orders.PlaceOrder.OrderInput? input;
        try
        {
            input = JsonSerializer.Deserialize(body, FunctionsJsonContext.Default.OrderInput);
        }
        catch (JsonException)
        {
            return [];
        }

        if (input is null)
        {
            return [];
        }

        if (input.Items is { } items)
        {
            return [.. items.Select(i => i?.ProductId).OfType<string>()];
        }

        var cart = await carts.FindAsync(CartOwner.User(caller.UserId), time.GetUtcNow(), cancellationToken);
        return [.. cart?.Lines.Select(l => l.ProductId) ?? []];
    }
}
