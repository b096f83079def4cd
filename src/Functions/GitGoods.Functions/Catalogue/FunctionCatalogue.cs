using GitGoods.Cart;
using GitGoods.Cart.ClearCart;
using GitGoods.Cart.GetCart;
using GitGoods.Cart.MergeCart;
using GitGoods.Cart.RemoveCartItem;
using GitGoods.Cart.SetCartItem;
using GitGoods.Catalog.CreateProduct;
using GitGoods.Catalog.DeleteProduct;
using GitGoods.Catalog.GetProduct;
using GitGoods.Catalog.ListPlatforms;
using GitGoods.Catalog.ListProducts;
using GitGoods.Catalog.ListSellerProducts;
using GitGoods.Catalog.UpdateProduct;
using GitGoods.Composition;
using GitGoods.Health;
using GitGoods.Hosting.Http;
using GitGoods.Identity;
using GitGoods.Identity.GetProfile;

namespace GitGoods.Catalogue;

/// <summary>
/// Every function of Git Goods. Adding an endpoint is one entry here plus one handler:
/// the CDK app and the local stack both build from this list.
/// </summary>
public static class FunctionCatalogue
{
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        Http("Health", "GET", "/api/health", RouteAccess.Public, DataAccess.None, _ => new HealthHandler())
            with { MemoryMb = 128, Description = "Liveness of the API." },
        Http("ListProducts", "GET", "/api/products", RouteAccess.Public, DataAccess.ReadTable, s => new ListProductsHandler(s.ProductSearch))
            with { Description = "A page of ACTIVE products, searched, filtered and sorted." },
        Http("GetProduct", "GET", "/api/products/{id}", RouteAccess.Public, DataAccess.ReadTable, s => new GetProductHandler(s.ProductCatalog))
            with { Description = "One product by id." },
        Http("ListPlatforms", "GET", "/api/platforms", RouteAccess.Public, DataAccess.ReadTable, s => new ListPlatformsHandler(s.ProductCatalog))
            with { Description = "Platforms with their ACTIVE product counts." },
        Http("GetProfile", "GET", "/api/me", RouteAccess.SignedIn, DataAccess.None, _ => new GetProfileHandler())
            with { MemoryMb = 128, Description = "The signed-in caller: id, e-mail, name, groups." },
        Http("ListSellerProducts", "GET", "/api/seller/products", RouteAccess.Sellers, DataAccess.ReadTable, s => new ListSellerProductsHandler(s.FreshProductCatalog))
            with { Description = "The seller's own products, every status." },
        Http("GetCart", "GET", "/api/cart", RouteAccess.OptionalIdentity, DataAccess.ReadTable, s => new GetCartHandler(Carts(s)))
            with { Description = "The caller's cart (anonymous by X-Cart-Id, or the signed-in user's), priced now." },
        Http("SetCartItem", "PUT", "/api/cart/items/{productId}", RouteAccess.OptionalIdentity, DataAccess.ReadWriteTable, s => new SetCartItemHandler(Carts(s)))
            with { Description = "Sets one cart line's quantity (0 removes it)." },
        Http("RemoveCartItem", "DELETE", "/api/cart/items/{productId}", RouteAccess.OptionalIdentity, DataAccess.ReadWriteTable, s => new RemoveCartItemHandler(Carts(s)))
            with { Description = "Removes one cart line." },
        Http("ClearCart", "DELETE", "/api/cart", RouteAccess.OptionalIdentity, DataAccess.ReadWriteTable, s => new ClearCartHandler(Carts(s)))
            with { Description = "Deletes the caller's cart." },
        Http("MergeCart", "POST", "/api/cart/merge", RouteAccess.SignedIn, DataAccess.ReadWriteTable, s => new MergeCartHandler(Carts(s)))
            with { Description = "Adds the anonymous cart to the signed-in user's and deletes it." },
        Http("CreateProduct", "POST", "/api/seller/products", RouteAccess.Sellers, DataAccess.ReadWriteTable, s => new CreateProductHandler(s.ProductWriter, s.Time))
            with { Description = "A seller adds a product." },
        Http("UpdateProduct", "PATCH", "/api/seller/products/{id}", RouteAccess.Sellers, DataAccess.ReadWriteTable,
            s => new UpdateProductHandler(s.FreshProductCatalog, s.ProductWriter, s.Time))
            with { Description = "A seller changes their product (If-Match for optimistic concurrency)." },
        Http("DeleteProduct", "DELETE", "/api/seller/products/{id}", RouteAccess.Sellers, DataAccess.ReadWriteTable,
            s => new DeleteProductHandler(s.FreshProductCatalog, s.ProductWriter, s.Time))
            with { Description = "A seller unlists their product." },
    ];

    /// <summary>The function named <paramref name="name"/> (the Lambda <c>_HANDLER</c>), or null.</summary>
    public static FunctionDefinition? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private static CartPricing Carts(FunctionServices services) => new(services.CartStore, services.CartProducts, services.Time);

    /// <summary>An HTTP function: its handler always sits behind the <see cref="AccessGuard"/> of its route.</summary>
    private static FunctionDefinition Http(string name, string method, string path, RouteAccess who, DataAccess data,
        Func<FunctionServices, IHttpHandler> handler) =>
        new(name, new HttpRouteTrigger(method, path, who), data,
            services => new HttpFunction(new AccessGuard(who, handler(services),
                who == RouteAccess.OptionalIdentity ? services.TokenVerifier : null)));
}
