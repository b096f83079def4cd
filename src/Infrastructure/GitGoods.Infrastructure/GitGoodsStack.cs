using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;

using Constructs;

using GitGoods.Catalogue;
using GitGoods.Infrastructure.Api;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Functions;

namespace GitGoods.Infrastructure;

/// <summary>
/// The Git Goods backend: the shop table, the HTTP API and one function per catalogue entry.
/// Each concern is its own construct; this stack only composes them.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK Stack subclass: the suffix is the CDK convention.")]
public sealed class GitGoodsStack : Stack
{
    public GitGoodsStack(Construct scope, string id, IStackProps? props = null, IHttpRouteAuthorizer? signedInAuthorizer = null)
        : base(scope, id, props)
    {
        // Fail before building anything if the function binary is missing.
        var bootstrap = BootstrapAsset.FromContext(Node);

        Table = new ShopTableConstruct(this, "Data");
        Api = new HttpApiConstruct(this, "Api", new HttpApiOptions { AccessLogging = true });
        Functions = new CatalogueFunctions(this, "Functions", new CatalogueFunctionsOptions
        {
            Functions = FunctionCatalogue.All,
            Code = bootstrap.Code,
            Table = Table.Table,
            Api = Api.Api,
            SignedInAuthorizer = signedInAuthorizer,
        });

        _ = new CfnOutput(this, "ApiUrl", new CfnOutputProps
        {
            Value = Api.Url,
            Description = "Base URL of the Git Goods HTTP API.",
        });
    }

    public ShopTableConstruct Table { get; }

    public HttpApiConstruct Api { get; }

    public CatalogueFunctions Functions { get; }
}
