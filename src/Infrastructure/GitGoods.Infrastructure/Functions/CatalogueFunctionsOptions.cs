using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;

using GitGoods.Catalogue;

namespace GitGoods.Infrastructure.Functions;

/// <summary>What <see cref="CatalogueFunctions"/> builds from and wires onto.</summary>
public sealed record CatalogueFunctionsOptions
{
    /// <summary>The functions to build; production passes <see cref="FunctionCatalogue.All"/>.</summary>
    public required IReadOnlyList<FunctionDefinition> Functions { get; init; }

    public required Code Code { get; init; }

    public required ITableV2 Table { get; init; }

    public required IHttpApi Api { get; init; }

    /// <summary>Guards every route whose <see cref="HttpRouteTrigger.RequiresToken"/> is true (SignedIn, Sellers, Admins). Required as soon as the catalogue has one.</summary>
    public IHttpRouteAuthorizer? SignedInAuthorizer { get; init; }
}
