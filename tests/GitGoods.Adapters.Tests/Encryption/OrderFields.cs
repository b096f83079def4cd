namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>The personal fields of an order, as the orders code will hand them over.</summary>
public static class OrderFields
{
    public static IReadOnlyDictionary<string, string> Sample(string suffix = "") => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["shippingName"] = "Ada Lovelace" + suffix,
        ["phone"] = "+65 6123 4567" + suffix,
        ["addressLine1"] = "12 Marina Boulevard" + suffix,
        ["addressLine2"] = "#34-56" + suffix,
        ["city"] = "Singapore" + suffix,
        ["postalCode"] = "018982" + suffix,
        ["country"] = "SG" + suffix,
        ["email"] = "ada@example.com" + suffix,
    };
}
