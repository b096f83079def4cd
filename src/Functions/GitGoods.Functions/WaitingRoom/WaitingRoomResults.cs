using System.Text.Json;
using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.WaitingRoom;

/// <summary>The waiting room's answers: status bodies, and the problems of a bad sale id or token.</summary>
internal static class WaitingRoomResults
{
    public const string PositionTokenHeader = "X-Position-Token";
    public const string AdmissionTokenHeader = "X-Admission-Token";
    public const string ProblemType = "https://gitgoods.dev/problems/waiting-room";

    public static ApiGatewayHttpResponse Status(ApiGatewayHttpRequest request, int status, LineStatus line) =>
        HttpResults.Json(request, status, LineStatusResponse.From(line), WaitingRoomJsonContext.Default.LineStatusResponse);

    public static ApiGatewayHttpResponse UnknownSale(ApiGatewayHttpRequest request) =>
        HttpResults.NotFound(request, "No such sale is active now.");

    public static ApiGatewayHttpResponse BadSaleId(ApiGatewayHttpRequest request) =>
        HttpResults.BadRequest(request, "The sale id must be 1–64 characters a-z, 0-9 or -.", FieldErrors.One("saleId", "1–64 characters a-z, 0-9 or -."));

    /// <summary>403 naming the sale whose admission the order lacks and where to join its line; nothing was written.</summary>
    public static ApiGatewayHttpResponse AdmissionRequired(ApiGatewayHttpRequest request, string saleId, string detail)
    {
        var problem = new WaitingRoomProblem(ProblemType, "Waiting room", 403, detail, request.RequestContext.RequestId, saleId,
            $"/api/waiting-room/{saleId}/positions");
        return new ApiGatewayHttpResponse
        {
            StatusCode = 403,
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["content-type"] = "application/problem+json",
                ["x-request-id"] = request.RequestContext.RequestId,
            },
            Body = JsonSerializer.Serialize(problem, WaitingRoomJsonContext.Default.WaitingRoomProblem),
        };
    }
}
