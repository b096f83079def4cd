using System.Text.Json.Serialization;
using GitGoods.Domain.WaitingRoom;

namespace GitGoods.WaitingRoom;

/// <summary>GET /api/waiting-room: the sales active now.</summary>
public sealed record ActiveSalesResponse(IReadOnlyList<ActiveSaleResponse> Sales);

public sealed record ActiveSaleResponse(
    string SaleId, string Name, DateTime StartsAt, DateTime EndsAt, IReadOnlyList<string>? ProductIds, long Waiting, int AdmissionRatePerMinute);

/// <summary>The status body of a join or check-in (the contract's names; nulls written, not left out).</summary>
public sealed record LineStatusResponse(
    string SaleId, long Position, long AheadOfYou, string State, string PositionToken, int PollAfterSeconds, int EstimatedWaitSeconds,
    string? AdmissionToken, DateTime? AdmissionExpiresAt)
{
    public static LineStatusResponse From(LineStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(status.SaleId, status.Position, status.AheadOfYou, status.State, status.PositionToken, status.PollAfterSeconds,
            status.EstimatedWaitSeconds, status.AdmissionToken, status.AdmissionExpiresAt?.UtcDateTime);
    }
}

/// <summary>PUT /api/admin/sales/{saleId}: every member nullable so the rules can name each missing field.</summary>
public sealed class SaleInput
{
    public string? Name { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    public IReadOnlyList<string>? ProductIds { get; set; }

    public int? Capacity { get; set; }

    public int? AdmissionRatePerMinute { get; set; }

    public int? AdmissionTtlSeconds { get; set; }

    public int? AbandonAfterSeconds { get; set; }
}

/// <summary>A sale with its counters (the admin view).</summary>
public sealed record AdminSaleResponse(
    string SaleId, string Name, DateTime StartsAt, DateTime EndsAt, IReadOnlyList<string>? ProductIds, int Capacity, int AdmissionRatePerMinute,
    int AdmissionTtlSeconds, int AbandonAfterSeconds, bool Active, long Issued, long Admitted, int InCheckout, long Waiting, long Abandoned, long Completed)
{
    public static AdminSaleResponse From(SaleWithLine found, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(found);
        var (sale, line) = (found.Sale, found.Line);
        return new(sale.Id, sale.Name, sale.StartsAt.UtcDateTime, sale.EndsAt.UtcDateTime, sale.ProductIds, sale.Capacity, sale.AdmissionRatePerMinute,
            sale.AdmissionTtlSeconds, sale.AbandonAfterSeconds, sale.IsActiveAt(now), line.Issued, line.Admitted, line.InCheckout(now), line.Waiting,
            line.Abandoned, line.Completed);
    }
}

public sealed record AdminSalesResponse(IReadOnlyList<AdminSaleResponse> Sales);

/// <summary>The order route's refusal: a problem with the sale and where to join its line.</summary>
public sealed record WaitingRoomProblem(string Type, string Title, int Status, string Detail, string TraceId, string SaleId, string JoinUrl);

/// <summary>Source-generated JSON of the waiting room; nulls are written (the contract shows them).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ActiveSalesResponse))]
[JsonSerializable(typeof(LineStatusResponse))]
[JsonSerializable(typeof(SaleInput))]
[JsonSerializable(typeof(AdminSaleResponse))]
[JsonSerializable(typeof(AdminSalesResponse))]
[JsonSerializable(typeof(WaitingRoomProblem))]
public sealed partial class WaitingRoomJsonContext : JsonSerializerContext;
