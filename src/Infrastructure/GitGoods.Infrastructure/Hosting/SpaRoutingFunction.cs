using Amazon.CDK.AWS.CloudFront;

using Constructs;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// A CloudFront Function (viewer request) on the site's default behaviour only: a path whose last segment has no file
/// extension is a client route of the SPA (<c>/products/abc</c>) and is fetched as <c>/index.html</c>; a path with an
/// extension is a file and stays as it is, so a missing asset is an error, not the SPA. The <c>/api/*</c> behaviour
/// does not run it, so API answers (403, 404) reach the browser untouched, which distribution-wide error responses
/// would not allow.
/// </summary>
public sealed class SpaRoutingFunction : Construct
{
    /// <summary>JavaScript for the cloudfront-js-2.0 runtime.</summary>
    public const string Code = """
        function handler(event) {
          var request = event.request;
          var uri = request.uri;
          var last = uri.substring(uri.lastIndexOf('/') + 1);
          if (last.indexOf('.') === -1) {
            request.uri = '/index.html';
          }
          return request;
        }
        """;

    public SpaRoutingFunction(Construct scope, string id)
        : base(scope, id)
    {
        Function = new Function(this, "Function", new FunctionProps
        {
            Code = FunctionCode.FromInline(Code),
            Runtime = FunctionRuntime.JS_2_0,
            Comment = "Git Goods SPA: extension-less paths (client routes) are served /index.html.",
        });
    }

    public Function Function { get; }

    public FunctionAssociation ViewerRequest => new() { EventType = FunctionEventType.VIEWER_REQUEST, Function = Function };
}
