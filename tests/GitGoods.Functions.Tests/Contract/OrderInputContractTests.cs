using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Http;
using GitGoods.Orders.PlaceOrder;
using static GitGoods.Functions.Tests.Contract.OpenApiContract;

namespace GitGoods.Functions.Tests.Contract;

/// <summary>
/// The OrderInput schema and the Idempotency-Key parameter of docs/openapi.json say what POST /api/orders really reads:
/// the same field names, and the same rules as <see cref="OrderInputRules"/> and <see cref="IdempotencyKeyHeader"/>.
/// </summary>
public class OrderInputContractTests
{
    private static readonly OrderInput FullInput = new()
    {
        Items = [new OrderLineInput { ProductId = "p-1", Quantity = 2 }],
        Shipping = new ShippingInput
        {
            Name = "Ada Lovelace",
            Phone = "+6591234567",
            Address = new AddressInput { Line1 = "1 Main Street", Line2 = "#02-01", City = "Singapore", PostalCode = "018956", Country = "SG" },
            Email = "ada@example.test",
        },
        Payment = new PaymentInput { Method = "card", Token = "pm_card_visa" },
    };

    [Fact]
    public void OrderInputSchemas_NameExactlyTheFieldsTheFunctionReads()
    {
        var json = JsonNode.Parse(Serialize(FullInput))!;

        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("OrderInput"));
        FieldsOf(json["items"]![0]).Should().BeEquivalentTo(SchemaFields("OrderLineInput"));
        FieldsOf(json["shipping"]).Should().BeEquivalentTo(SchemaFields("ShippingInput"));
        FieldsOf(json["shipping"]!["address"]).Should().BeEquivalentTo(SchemaFields("AddressInput"));
        FieldsOf(json["payment"]).Should().BeEquivalentTo(SchemaFields("PaymentInput"));
    }

    [Fact]
    public void AValidOrder_IsValidForTheSchemaAndTheRules()
    {
        var json = Serialize(FullInput);

        Violations("OrderInput", json).Should().BeEmpty();
        OrderInputRules.Check(Deserialize(json)).Should().BeEmpty();
    }

    [Fact]
    public void AnOrderOfTheCart_WithoutItemsOrOptionalFields_IsValidForTheSchemaAndTheRules()
    {
        var json = JsonNode.Parse(Serialize(FullInput))!.AsObject();
        json.Remove("items");
        json["shipping"]!.AsObject().Remove("email");
        json["shipping"]!["address"]!.AsObject().Remove("line2");

        Violations("OrderInput", json.ToJsonString()).Should().BeEmpty();
        OrderInputRules.Check(Deserialize(json.ToJsonString())).Should().BeEmpty();
    }

    /// <summary>Each body breaks one rule: the function names that field in its 422, and the schema refuses the body too.</summary>
    [Theory]
    [InlineData("items", "[]")]
    [InlineData("items[0].productId", "\"\"")]
    [InlineData("items[0].quantity", "0")]
    [InlineData("items[0].quantity", "100")]
    [InlineData("shipping", null)]
    [InlineData("shipping.name", "\"\"")]
    [InlineData("shipping.phone", "\"91234567\"")]
    [InlineData("shipping.phone", "\"+0123456789\"")]
    [InlineData("shipping.email", "\"ada.example.test\"")]
    [InlineData("shipping.address", null)]
    [InlineData("shipping.address.line1", null)]
    [InlineData("shipping.address.city", "\"\"")]
    [InlineData("shipping.address.postalCode", "\"1\"")]
    [InlineData("shipping.address.postalCode", "\"-12345\"")]
    [InlineData("shipping.address.country", "\"sg\"")]
    [InlineData("shipping.address.country", "\"SGP\"")]
    [InlineData("payment", null)]
    [InlineData("payment.method", "\"cash\"")]
    [InlineData("payment.token", "\"tok_visa\"")]
    [InlineData("payment.token", "\"pm_card-visa\"")]
    public void ABodyTheRulesRefuse_TheSchemaRefusesToo(string field, string? value)
    {
        var json = JsonNode.Parse(Serialize(FullInput))!.AsObject();
        Set(json, field, value);

        OrderInputRules.Check(Deserialize(json.ToJsonString())).Should().ContainKey(field);
        Violations("OrderInput", json.ToJsonString()).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("k", true)]
    [InlineData("order-2026-03-01T09:30:00Z#1", true)]
    [InlineData("!~", true)]
    [InlineData("", false)]
    [InlineData("with space", false)]
    [InlineData("caf\u00e9", false)]
    [InlineData("tab\tkey", false)]
    public void IdempotencyKeyPattern_AcceptsExactlyTheKeysTheFunctionTakes(string key, bool accepted)
    {
        var request = Requests.Get("/api/orders");
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["idempotency-key"] = key };

        (IdempotencyKeyHeader.Read(request) is not null).Should().Be(accepted);
        IdempotencyKeyPattern().IsMatch(key).Should().Be(accepted);
    }

    [Fact]
    public void IdempotencyKeyPattern_StopsAtTheFunctionsMaximumLength()
    {
        var longest = new string('k', IdempotencyKeyHeader.MaxLength);
        var request = Requests.Get("/api/orders");
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["idempotency-key"] = longest };

        IdempotencyKeyHeader.Read(request).Should().Be(longest);
        IdempotencyKeyPattern().IsMatch(longest).Should().BeTrue();
        IdempotencyKeyPattern().IsMatch(longest + "k").Should().BeFalse();
    }

    private static Regex IdempotencyKeyPattern()
    {
        var parameter = Document["paths"]!["/api/orders"]!["post"]!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == IdempotencyKeyHeader.Name)!;
        parameter["required"]!.GetValue<bool>().Should().BeTrue();
        return new Regex(parameter["schema"]!["pattern"]!.GetValue<string>(), RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
    }

    /// <summary>Sets (or, for a null <paramref name="value"/>, removes) the field at a path like <c>items[0].quantity</c>;
    /// only the segments before the last may index an array.</summary>
    private static void Set(JsonObject root, string path, string? value)
    {
        var segments = path.Split('.');
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = Step(parent, segment);
        }

        var last = segments[^1];
        if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }
    }

    private static JsonNode Step(JsonNode node, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? node[segment]!
            : node[segment[..bracket]]![int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }

    private static string Serialize(OrderInput input) => JsonSerializer.Serialize(input, FunctionsJsonContext.Default.OrderInput);

    private static OrderInput Deserialize(string json) => JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.OrderInput)!;
}
