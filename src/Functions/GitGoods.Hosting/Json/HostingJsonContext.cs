using System.Text.Json.Serialization;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.EventBridge;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Sqs;

namespace GitGoods.Hosting.Json;

/// <summary>Source-generated (AOT-safe) serialization of the Lambda event and response models.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiGatewayHttpRequest))]
[JsonSerializable(typeof(ApiGatewayHttpResponse))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(EventBridgeEvent))]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(RuntimeError))]
public sealed partial class HostingJsonContext : JsonSerializerContext;
