using System.Text.Json.Serialization;
using GitGoods.Domain.Idempotency;

namespace GitGoods.Adapters.Idempotency;

/// <summary>Source-generated (Native AOT safe) JSON of the stored response in the record's <c>data</c> attribute.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IdempotentResponse))]
internal sealed partial class IdempotencyJsonContext : JsonSerializerContext;
