using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;

using GitGoods.Manifest;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Orders;
using GitGoods.Infrastructure.Security;

namespace GitGoods.Infrastructure.Functions;

/// <summary>What <see cref="ManifestFunctions"/> builds from and wires onto.</summary>
public sealed record ManifestFunctionsOptions
{
    /// <summary>The functions to build; production passes <see cref="FunctionManifest.All"/>.</summary>
    public required IReadOnlyList<FunctionDefinition> Functions { get; init; }

    public required Code Code { get; init; }

    public required ITableV2 Table { get; init; }

    public required IHttpApi Api { get; init; }

    /// <summary>Guards every route whose <see cref="HttpRouteTrigger.RequiresToken"/> is true (SignedIn, Sellers, Admins). Required as soon as the manifest has one.</summary>
    public IHttpRouteAuthorizer? SignedInAuthorizer { get; init; }

    /// <summary>
    /// The token issuer (the user pool's URL) and app client id that functions on OptionalIdentity routes verify
    /// tokens against themselves (COGNITO_ISSUER, COGNITO_CLIENT_ID). Required as soon as the manifest has such a route.
    /// </summary>
    public TokenIssuerSettings? TokenIssuer { get; init; }

    /// <summary>For entries with <see cref="DataAccess.Idempotency"/>. Required as soon as the manifest has one.</summary>
    public IdempotencyTableConstruct? IdempotencyTable { get; init; }

    /// <summary>For entries with <see cref="DataAccess.PersonalData"/>. Required as soon as the manifest has one.</summary>
    public PersonalDataKey? PersonalDataKey { get; init; }

    /// <summary>For entries with <see cref="DataAccess.SendsOrders"/> or <see cref="DataAccess.DeadLetters"/>. Required as soon as the manifest has one.</summary>
    public OrderQueuesConstruct? OrderQueues { get; init; }

    /// <summary>
    /// The values every function with an HTTP route accepts as proof that a request came through CloudFront
    /// (<see cref="Security.OriginVerification.SecretsVariable"/>). Required as soon as the manifest has an HTTP route.
    /// </summary>
    public OriginVerification? OriginVerification { get; init; }

    /// <summary>The analytics store whose bucket entries with <see cref="DataAccess.AnalyticsWritePrefix"/> write to. Required as soon as the manifest has one.</summary>
    public Analytics.AnalyticsStoreConstruct? AnalyticsStore { get; init; }

    /// <summary>The IANA time zone of the shop's calendar days (sales rollups and reports); every function learns it.</summary>
    public string ShopTimeZone { get; init; } = GitGoods.Composition.FunctionSettings.DefaultShopTimeZone;

    /// <summary>The managed platforms, given as <c>SHOP_PLATFORMS</c> to entries with <see cref="DataAccess.Platforms"/> (decision 0033).</summary>
    public GitGoods.Domain.Catalog.Platforms.ManagedPlatforms Platforms { get; init; } = GitGoods.Domain.Catalog.Platforms.ManagedPlatforms.Default;

    /// <summary>The seller images' bucket, for entries with <see cref="DataAccess.Images"/>. Required as soon as the manifest has one.</summary>
    public Hosting.ProductImageBucket? ProductImages { get; init; }

    /// <summary>The catalogue cache (DAX) that entries with <see cref="DataAccess.CachedCatalogReads"/> read through; none when null.</summary>
    public CatalogCacheConstruct? CatalogCache { get; init; }
}

/// <summary>Who issues the tokens a function verifies itself.</summary>
public sealed record TokenIssuerSettings(string Issuer, string ClientId);
