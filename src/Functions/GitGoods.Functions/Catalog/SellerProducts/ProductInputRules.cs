using GitGoods.Catalog.ProductImages;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.Catalog.SellerProducts;

/// <summary>
/// The catalogue's field rules, checked all at once so one 422 lists every invalid field. The shop sells in one
/// currency, SGD; any other code is refused rather than silently mixed into carts and reports.
/// </summary>
public static class ProductInputRules
{
    public const string ShopCurrency = "SGD";

    /// <summary>Errors by field; empty when valid. On create, title, platform, price and stock are required.</summary>
    public static IDictionary<string, string[]> Check(ProductInput input, bool creating, ManagedPlatforms platforms)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Text(errors, "title", input.Title, creating, 1, Product.MaxTitleLength);
        PlatformRule.Check(errors, input.Platform, creating, platforms);
        if (input.Description is { Length: > Product.MaxDescriptionLength })
        {
            errors["description"] = [$"Must be at most {Product.MaxDescriptionLength} characters."];
        }

        if (input.Price is null ? creating : input.Price.Amount is not (>= 1 and <= Product.MaxPriceMinorUnits))
        {
            errors["price.amount"] = [$"Must be 1–{Product.MaxPriceMinorUnits} minor units."];
        }

        if (input.Price is not null && !string.Equals(input.Price.Currency, ShopCurrency, StringComparison.Ordinal))
        {
            errors["price.currency"] = [$"Must be {ShopCurrency}."];
        }

        if (input.Stock is null ? creating : input.Stock is not (>= 0 and <= Product.MaxStock))
        {
            errors["stock"] = [$"Must be 0–{Product.MaxStock}."];
        }

        Images(errors, input.Images);
        if (creating ? input.Status is not null : input.Status is not (null or "ACTIVE" or "UNLISTED"))
        {
            errors["status"] = [creating ? "New products are always ACTIVE; leave status out." : "Must be ACTIVE or UNLISTED."];
        }

        return errors;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, bool required, int min, int max)
    {
        if (value is null ? required : value.Trim().Length is var length && (length < min || length > max))
        {
            errors[field] = [$"Must be {min}–{max} characters."];
        }
    }

    private static void Images(Dictionary<string, string[]> errors, IReadOnlyList<string>? images)
    {
        if (images is null)
        {
            return;
        }

        var messages = new List<string>();
        if (images.Count > Product.MaxImages)
        {
            messages.Add($"At most {Product.MaxImages} images.");
        }

        for (var i = 0; i < images.Count; i++)
        {
            if (!ProductImageUrls.IsAcceptable(images[i]))
            {
                messages.Add(ProductImageUrls.Message(i));
            }
        }

        if (messages.Count > 0)
        {
            errors["images"] = [.. messages];
        }
    }
}
