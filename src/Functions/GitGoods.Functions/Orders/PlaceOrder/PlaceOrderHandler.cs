using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using GitGoods.Domain.Idempotency;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Orders.PlaceOrder;

/// <summary>
/// POST /api/orders, exactly once per <c>Idempotency-Key</c>: the key (scoped to the caller) is claimed in the
/// Powertools-layout idempotency table before anything is written (the order's products are read meanwhile); the same key and
/// body replays the order, a different body is a 422, a request still in flight a 409. The order itself is placed by <see cref="OrderPlacement"/>.
/// </summary>
public sealed class PlaceOrderHandler(IIdempotencyStore idempotency, OrderPlacement placement) : IHttpHandler
{
    public const string FunctionName = "PlaceOrder";

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var key = IdempotencyKeyHeader.Read(request);
        if (key is null)
        {
            return HttpResults.BadRequest(request, $"The {IdempotencyKeyHeader.Name} header is required: 1–{IdempotencyKeyHeader.MaxLength} visible ASCII characters, unique per order.",
                FieldErrors.One(IdempotencyKeyHeader.Name, "Required, 1–64 visible ASCII characters."));
        }

        if (!RequestBody.TryRead(request, out var body, out var tooLarge))
        {
            return tooLarge;
        }

        if (!TryParse(request, body, out var input, out var malformed))
        {
            return malformed;
        }

        var errors = OrderInputRules.Check(input);
        if (errors.Count > 0)
        {
            return HttpResults.Problem(request, 422, "Unprocessable Content", "The order has invalid fields; see errors.", errors);
        }

        return await PlaceOnceAsync(request, caller, key, body, input, context, cancellationToken);
    }

    /// <summary>
    /// Claims the key while the order's products are read (both in flight at once: the read writes nothing, and is dropped when the
    /// claim finds a replay), then places the order; the record is completed beside the hand-off, or released when nothing was placed.
    /// </summary>
    private async Task<ApiGatewayHttpResponse> PlaceOnceAsync(ApiGatewayHttpRequest request, Caller caller, string key, byte[] body, OrderInput input,
        LambdaContext context, CancellationToken cancellationToken)
    {
        var recordId = IdempotencyRecordId.For(FunctionName, caller.UserId + "\n" + key);
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));
        var reading = placement.ReadRequestAsync(caller, input, cancellationToken);
        IdempotencyClaim claim;
        try
        {
            claim = await idempotency.ClaimAsync(recordId, payloadHash, cancellationToken);
        }
        finally
        {
            await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // never left running unobserved
        }

        switch (claim)
        {
            case IdempotencyClaim.Completed completed:
                return await placement.ReplayAsync(request, caller, completed.Response, cancellationToken);
            case IdempotencyClaim.PayloadMismatch:
                return KeyReused(request);
            case IdempotencyClaim.InProgress:
                return HttpResults.Problem(request, 409, "Conflict", $"An order with this {IdempotencyKeyHeader.Name} is still being placed; retry in a moment to get its result.");
        }

        try
        {
            var (response, stored) = await placement.PlaceAsync(request, caller, key, input, await reading,
                completion => idempotency.CompleteAsync(recordId, payloadHash, completion, cancellationToken), context, cancellationToken);
            if (stored is null)
            {
                await idempotency.ReleaseAsync(recordId, cancellationToken);
            }

            return response;
        }
        catch
        {
            // A failure must not hold the key: the client's retry runs again (and finds the order if it was written).
            await idempotency.ReleaseAsync(recordId, CancellationToken.None);
            throw;
        }
    }

    private static ApiGatewayHttpResponse KeyReused(ApiGatewayHttpRequest request) =>
        HttpResults.Problem(request, 422, "Unprocessable Content",
            $"This {IdempotencyKeyHeader.Name} was already used for a different order body; use a new key for a new order.",
            FieldErrors.One(IdempotencyKeyHeader.Name, "Already used with a different body."));

    private static bool TryParse(ApiGatewayHttpRequest request, byte[] body, [NotNullWhen(true)] out OrderInput? input,
        [NotNullWhen(false)] out ApiGatewayHttpResponse? problem)
    {
        try
        {
            input = JsonSerializer.Deserialize(body, FunctionsJsonContext.Default.OrderInput);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || string.Equals(e.Path, "$", StringComparison.Ordinal) ? "body" : e.Path.TrimStart('$', '.');
            input = null;
            problem = HttpResults.BadRequest(request, "The body is not a valid order: malformed JSON or a field of the wrong type.",
                FieldErrors.One(field, "Malformed JSON or the wrong type."));
            return false;
        }

        problem = input is null ? HttpResults.BadRequest(request, "The body must be a JSON object.", FieldErrors.One("body", "Must be a JSON object.")) : null;
        return input is not null;
    }
}
