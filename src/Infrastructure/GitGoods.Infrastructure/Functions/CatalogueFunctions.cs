using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AwsApigatewayv2Integrations;

using Constructs;

using GitGoods.Catalogue;
using GitGoods.Composition;

using ApiHttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// Builds one <see cref="ShopFunction"/> per catalogue entry, the trigger that invokes it, and the
/// least-privilege data grants its <see cref="DataAccess"/> asks for. The local stack reads the same list.
/// </summary>
public sealed class CatalogueFunctions : Construct
{
    private readonly Dictionary<string, ShopFunction> _functions = new(StringComparer.Ordinal);

    public CatalogueFunctions(Construct scope, string id, CatalogueFunctionsOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireAuthorizerForSignedInRoutes(options);

        foreach (var definition in options.Functions)
        {
            var function = new ShopFunction(this, definition.Name, definition, options.Code);
            GrantData(function, definition.Access, options.Table);
            AddTokenIssuer(function, definition, options);
            AddTrigger(function, definition, options);
            _functions.Add(definition.Name, function);
        }
    }

    /// <summary>The functions by catalogue name.</summary>
    public IReadOnlyDictionary<string, ShopFunction> Functions => _functions;

    private static void RequireAuthorizerForSignedInRoutes(CatalogueFunctionsOptions options)
    {
        if (options.SignedInAuthorizer is not null)
        {
            return;
        }

        var guarded = options.Functions
            .Where(f => f.Trigger is HttpRouteTrigger { RequiresToken: true })
            .Select(f => $"{((HttpRouteTrigger)f.Trigger).RouteKey} ({f.Name})")
            .ToList();
        if (guarded.Count > 0)
        {
            throw new InvalidOperationException(
                $"Routes that need a signed-in caller exist but no authorizer was given to {nameof(CatalogueFunctions)} "
                + $"({nameof(CatalogueFunctionsOptions.SignedInAuthorizer)}): {string.Join(", ", guarded)}. "
                + "Wire the identity construct's JWT authorizer before adding such routes.");
        }
    }

    /// <summary>Functions that verify tokens themselves (OptionalIdentity routes) learn the issuer and client from the environment.</summary>
    private static void AddTokenIssuer(ShopFunction function, FunctionDefinition definition, CatalogueFunctionsOptions options)
    {
        if (definition.Trigger is not HttpRouteTrigger { Access: RouteAccess.OptionalIdentity } route)
        {
            return;
        }

        var issuer = options.TokenIssuer ?? throw new InvalidOperationException(
            $"{route.RouteKey} ({definition.Name}) verifies tokens itself but no {nameof(CatalogueFunctionsOptions.TokenIssuer)} was given.");
        _ = function.Function.AddEnvironment(FunctionSettings.CognitoIssuerVariable, issuer.Issuer);
        _ = function.Function.AddEnvironment(FunctionSettings.CognitoClientIdVariable, issuer.ClientId);
    }

    private static void GrantData(ShopFunction function, DataAccess access, Amazon.CDK.AWS.DynamoDB.ITableV2 table)
    {
        switch (access.Table)
        {
            case TableAccess.None:
                return;
            case TableAccess.Read:
                _ = table.GrantReadData(function.Function);
                break;
            case TableAccess.ReadWrite:
                _ = table.GrantReadWriteData(function.Function);
                break;
            default:
                throw new InvalidOperationException($"Unknown table access '{access.Table}' for {function.Node.Id}.");
        }

        _ = function.Function.AddEnvironment(FunctionSettings.TableNameVariable, table.TableName);
    }

    private void AddTrigger(ShopFunction function, FunctionDefinition definition, CatalogueFunctionsOptions options)
    {
        if (definition.Trigger is not HttpRouteTrigger route)
        {
            throw new InvalidOperationException(
                $"{definition.Name}: {definition.Trigger.GetType().Name} triggers are not wired by the CDK app yet; "
                + $"add them to {nameof(CatalogueFunctions)} together with the catalogue entry.");
        }

        _ = new HttpRoute(this, $"{definition.Name}Route", new HttpRouteProps
        {
            HttpApi = options.Api,
            RouteKey = HttpRouteKey.With(route.Path, Enum.Parse<ApiHttpMethod>(route.Method, ignoreCase: true)),
            Integration = new HttpLambdaIntegration($"{definition.Name}Integration", function.Function),
            Authorizer = route.RequiresToken ? options.SignedInAuthorizer : new HttpNoneAuthorizer(),
        });
    }
}
