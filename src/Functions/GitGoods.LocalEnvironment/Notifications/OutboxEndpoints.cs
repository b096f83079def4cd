using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Notifications;

/// <summary><c>GET /local/outbox?limit=</c>: the SMS and e-mails the stack would have sent, newest first (default 50, at most 500).</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/local/outbox", (HttpContext context) =>
        {
            var text = context.Request.Query["limit"].ToString();
            var limit = 50;
            if (text.Length > 0 && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= 500))
            {
                return Results.Problem(statusCode: 400, title: "Bad Request", detail: "limit must be a whole number from 1 to 500.");
            }

            context.Response.Headers.CacheControl = "no-store";
            var outbox = context.RequestServices.GetRequiredService<LocalOutbox>();
            return Results.Json(new OutboxPage(outbox.List(limit)), NotificationsJsonContext.Default.OutboxPage);
        });
        return endpoints;
    }
}
