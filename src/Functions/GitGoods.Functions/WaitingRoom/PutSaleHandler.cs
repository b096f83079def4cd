using System.Text.Json;
using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.WaitingRoom;

/// <summary>
/// PUT /api/admin/sales/{saleId} (admins): creates or changes a sale. On a live sale a new capacity or rate takes effect at
/// the next check-in ("open the doors"); its line, counters and admissions are kept.
/// </summary>
public sealed class PutSaleHandler(IWaitingRoomStore store, TimeProvider time) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var saleId = request.PathParameter("saleId");
        if (!SaleRules.IsSaleId(saleId))
        {
            return WaitingRoomResults.BadSaleId(request);
        }

        if (!RequestBody.TryRead(request, out var body, out var tooLarge))
        {
            return tooLarge;
        }

        SaleInput? input;
        try
        {
            input = JsonSerializer.Deserialize(body, WaitingRoomJsonContext.Default.SaleInput);
        }
        catch (JsonException)
        {
            input = null;
        }

        if (input is null)
        {
            return HttpResults.BadRequest(request, "The body must be a JSON object describing the sale.", FieldErrors.One("body", "Malformed JSON or a field of the wrong type."));
        }

        var (sale, errors) = ToSale(saleId!, input);
        if (errors.Count > 0)
        {
            return HttpResults.Problem(request, 422, "Unprocessable Content", "The sale has invalid fields; see errors.", errors);
        }

        var now = time.GetUtcNow();
        await store.PutSaleAsync(sale!, SaleLine.Empty(sale!, now), cancellationToken);
        var found = await store.FindAsync(saleId!, cancellationToken) ?? throw new InvalidOperationException($"Sale {saleId} vanished.");
        return HttpResults.Json(request, 200, AdminSaleResponse.From(found, now), WaitingRoomJsonContext.Default.AdminSaleResponse);
    }

    private static (Sale? Sale, IReadOnlyDictionary<string, string[]> Errors) ToSale(string saleId, SaleInput input)
    {
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Require(object? value, string field)
        {
            if (value is null)
            {
                missing[field] = ["Required."];
            }
        }

        Require(input.Name, "name");
        Require(input.StartsAt, "startsAt");
        Require(input.EndsAt, "endsAt");
        Require(input.Capacity, "capacity");
        Require(input.AdmissionRatePerMinute, "admissionRatePerMinute");
        if (missing.Count > 0)
        {
            return (null, missing);
        }

        var sale = new Sale(saleId, input.Name!.Trim(), input.StartsAt!.Value.ToUniversalTime(), input.EndsAt!.Value.ToUniversalTime(), input.ProductIds,
            input.Capacity!.Value, input.AdmissionRatePerMinute!.Value, input.AdmissionTtlSeconds ?? Sale.DefaultAdmissionTtlSeconds,
            input.AbandonAfterSeconds ?? Sale.DefaultAbandonAfterSeconds);
        var errors = SaleRules.Check(sale);
        return (errors.Count == 0 ? sale : null, errors);
    }
}
