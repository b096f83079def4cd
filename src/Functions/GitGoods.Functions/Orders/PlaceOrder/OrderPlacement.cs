using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Idempotency;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Orders.PlaceOrder;

/// <summary>
/// Places a validated order: prices its lines from the catalogue (never from the client), seals the personal data,
/// writes the order with its outbox entry in one transaction, then hands it to the order queue while the idempotency record
/// is completed. If the hand-off fails
/// (or the process dies first) the outbox relay sends it later, so the order is never lost.
/// </summary>
public sealed class OrderPlacement(
    ICartStore carts, ICartProducts products, IOrderStore orders, IOrderOutbox outbox, IOrderHandOff handOff,
    IPersonalDataProtector protector, TimeProvider time)
{
    /// <summary>
    /// Reads what the order asks for: the cart (only when the body names no items), then its products in one batch. Nothing is
    /// written, so the handler runs this beside the idempotency claim instead of after it (one round trip less in sequence).
    /// </summary>
    public async Task<OrderRequest> ReadRequestAsync(Caller caller, OrderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var now = time.GetUtcNow();
        var fromCart = input.Items is null;
        IReadOnlyList<RequestedLine> requested = fromCart
            ? [.. (await carts.FindAsync(CartOwner.User(caller.UserId), now, cancellationToken))?.Lines.Select(l => new RequestedLine(l.ProductId, l.Quantity)) ?? []]
            : [.. input.Items!.Select(i => new RequestedLine(i!.ProductId!, i.Quantity!.Value))];
        var found = requested.Count is 0 or > OrderInputRules.MaxLines
            ? new Dictionary<string, Product>(StringComparer.Ordinal)
            : await products.FindManyAsync([.. requested.Select(r => r.ProductId)], cancellationToken);
        return new OrderRequest(requested, fromCart, found, now);
    }

    /// <summary>
    /// Places the order read by <see cref="ReadRequestAsync"/>: prices it, writes it with its outbox entry in one transaction, then
    /// hands it off and, at the same time, <paramref name="complete"/>s the idempotency record. Stored is null when nothing was placed.
    /// </summary>
    public async Task<(ApiGatewayHttpResponse Response, IdempotentResponse? Stored)> PlaceAsync(ApiGatewayHttpRequest request, Caller caller,
        string idempotencyKey, OrderInput input, OrderRequest asked, Func<IdempotentResponse, Task> complete, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(complete);
        ArgumentNullException.ThrowIfNull(context);
        var listName = asked.FromCart ? "cart.items" : "items";
        if (asked.Requested.Count == 0)
        {
            return (HttpResults.Problem(request, 422, "Unprocessable Content", "Your cart is empty: add products or send items.",
                FieldErrors.One("items", "Required when the cart is empty.")), null);
        }

        if (asked.Requested.Count > OrderInputRules.MaxLines)
        {
            return (HttpResults.Problem(request, 422, "Unprocessable Content", $"An order holds at most {OrderInputRules.MaxLines} lines.",
                FieldErrors.One(listName, $"At most {OrderInputRules.MaxLines} lines.")), null);
        }

        var (lines, problems) = OrderPricing.Price(asked.Requested, asked.Products);
        if (problems.Count > 0)
        {
            return (Refusal(request, problems, listName), null);
        }

        var shipping = ToShipping(input.Shipping!);
        var order = await NewOrderAsync(OrderIds.From(caller.UserId, idempotencyKey), caller, lines, shipping, input, asked, cancellationToken);
        var stored = new IdempotentResponse(202, order.Id, Location(order.Id));
        if (!await orders.CreateAsync(order, cancellationToken))
        {
            // Placed by an earlier attempt with this key whose idempotency record was lost (a crash before it completed).
            order = await orders.FindAsync(order.Id, cancellationToken) ?? throw new InvalidOperationException($"Order {order.Id} vanished.");
            await complete(stored);
        }
        else
        {
            // Both only after the order is stored; neither needs the other, so they run side by side.
            await Task.WhenAll(HandOffAsync(order, context, cancellationToken), complete(stored));
            context.Metrics.AddMetric(OrderMetrics.OrderPlaced, 1);
        }

        return (Accepted(request, order, shipping), stored);
    }

    private async Task<Order> NewOrderAsync(string orderId, Caller caller, IReadOnlyList<OrderLine> lines, ShippingDetails shipping, OrderInput input,
        OrderRequest asked, CancellationToken cancellationToken)
    {
        var now = asked.At;
        var personal = new OrderPersonalData(shipping, input.Payment!.Token!);
        return new Order
        {
            Id = orderId,
            CustomerId = caller.UserId,
            Status = OrderStatus.Pending,
            Lines = lines,
            PersonalData = await personal.SealAsync(protector, orderId, cancellationToken),
            History = [new StatusChange(OrderStatus.Pending, now)],
            CreatedAt = now,
            UpdatedAt = now,
            FromCart = asked.FromCart,
        };
    }

    /// <summary>
    /// The answer to a repeated request: the same order, as it is now. The stored record holds only the order id, never
    /// the response body, so no personal data rests unencrypted in the idempotency table.
    /// </summary>
    public async Task<ApiGatewayHttpResponse> ReplayAsync(ApiGatewayHttpRequest request, Caller caller, IdempotentResponse stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(stored);
        var order = await orders.FindAsync(stored.Body, cancellationToken);
        if (order is null || !string.Equals(order.CustomerId, caller.UserId, StringComparison.Ordinal))
        {
            return HttpResults.NotFound(request, "The order placed with this key no longer exists.");
        }

        var personal = await OrderPersonalData.OpenAsync(protector, order, cancellationToken);
        var response = Accepted(request, order, personal.Shipping);
        response.Headers ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        response.Headers["idempotent-replayed"] = "true";
        return response;
    }

    private async Task HandOffAsync(Order order, LambdaContext context, CancellationToken cancellationToken)
    {
        try
        {
            await handOff.HandOffAsync([order.Id], cancellationToken);
            await outbox.MarkSentAsync(new OutboxEntry(order.Id, order.CreatedAt), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The order and its outbox entry are stored: the outbox relay hands it off shortly. The shopper still gets 202.
            context.Logger.Warning("Order hand-off failed; the outbox relay will retry it.", e,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["orderId"] = order.Id });
            context.Metrics.AddMetric("OrderHandOffDeferred", 1);
        }
    }

    private static ApiGatewayHttpResponse Accepted(ApiGatewayHttpRequest request, Order order, ShippingDetails shipping) =>
        HttpResults.Json(request, 202, OrderResponse.From(order, shipping), FunctionsJsonContext.Default.OrderResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["location"] = Location(order.Id) });

    private static string Location(string orderId) => "/api/orders/" + orderId;

    private static ApiGatewayHttpResponse Refusal(ApiGatewayHttpRequest request, IReadOnlyList<LineProblem> problems, string listName)
    {
        var invalid = problems.Where(p => p.Kind != LineProblemKind.InsufficientStock).ToList();
        if (invalid.Count > 0)
        {
            var errors = invalid.ToDictionary(
                p => $"{listName}[{p.Index}].productId",
                p => new[] { p.Kind == LineProblemKind.CurrencyMismatch ? "Priced in another currency than the other lines." : "No such product for sale." },
                StringComparer.Ordinal);
            return HttpResults.Problem(request, 422, "Unprocessable Content", "Some lines cannot be ordered; see errors.", errors);
        }

        var detail = string.Join("; ", problems.Select(p => $"{p.ProductId}: only {p.Available} available"));
        var stockErrors = problems.ToDictionary(p => $"{listName}[{p.Index}].quantity", p => new[] { $"Only {p.Available} available." }, StringComparer.Ordinal);
        return HttpResults.Problem(request, 409, "Conflict", "Not enough stock: " + detail + ".", stockErrors);
    }

    private static ShippingDetails ToShipping(ShippingInput s) =>
        new(s.Name!.Trim(), s.Phone!, new ShippingAddress(s.Address!.Line1!.Trim(), string.IsNullOrWhiteSpace(s.Address.Line2) ? null : s.Address.Line2.Trim(),
            s.Address.City!.Trim(), s.Address.PostalCode!.Trim(), s.Address.Country!), s.Email);
}
