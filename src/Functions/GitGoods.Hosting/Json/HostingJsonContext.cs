using System.Text.Json.Serialization;
using GitGoods.Hosting.Http;

namespace GitGoods.Hosting.Json;

/// <summary>Source-generated (AOT-safe) serialization of the Lambda event and response models.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiGatewayHttpRequest))]
[JsonSerializable(typeof(ApiGatewayHttpResponse))]
public sealed partial class HostingJsonContext : JsonSerializerContext;
