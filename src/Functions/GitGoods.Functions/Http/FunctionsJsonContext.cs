using System.Text.Json.Serialization;
using GitGoods.Analytics.SalesReports;
using GitGoods.Cart;
using GitGoods.Catalog;
using GitGoods.Catalog.ListPlatforms;
using GitGoods.Catalog.ProductImages;
using GitGoods.Catalog.SellerProducts;
using GitGoods.Health;
using GitGoods.Identity.GetProfile;
using GitGoods.Orders;
using GitGoods.Orders.AdminOrders;
using GitGoods.Orders.Fulfilment;
using GitGoods.Orders.PlaceOrder;

namespace GitGoods.Http;

/// <summary>Source-generated (AOT-safe) JSON for every request and response body the functions read or write.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ReadinessResponse))]
[JsonSerializable(typeof(ReadinessProblem))]
[JsonSerializable(typeof(ProductResponse))]
[JsonSerializable(typeof(PageResponse<ProductResponse>))]
[JsonSerializable(typeof(PlatformsResponse))]
[JsonSerializable(typeof(ProfileResponse))]
[JsonSerializable(typeof(CartResponse))]
[JsonSerializable(typeof(ProductInput))]
[JsonSerializable(typeof(ProductProblem))]
[JsonSerializable(typeof(ImageUploadInput))]
[JsonSerializable(typeof(ImageUploadResponse))]
[JsonSerializable(typeof(OrderInput))]
[JsonSerializable(typeof(OrderResponse))]
[JsonSerializable(typeof(PageResponse<OrderResponse>))]
[JsonSerializable(typeof(PageResponse<DeadLetterResponse>))]
[JsonSerializable(typeof(RedriveResponse))]
[JsonSerializable(typeof(OrderMessage))]
[JsonSerializable(typeof(OrderStepInput))]
[JsonSerializable(typeof(OrderStepResult))]
[JsonSerializable(typeof(SalesReportResponse))]
[JsonSerializable(typeof(string))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
