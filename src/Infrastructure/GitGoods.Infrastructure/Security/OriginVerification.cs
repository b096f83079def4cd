using System.Text.RegularExpressions;

using Constructs;

namespace GitGoods.Infrastructure.Security;

/// <summary>
/// The shared secret that proves a request came through CloudFront: the API behaviour's origin adds it as the
/// <see cref="HeaderName"/> header, and every function with an HTTP route accepts the values in
/// <see cref="SecretsVariable"/> (current, previous; comma-joined) and refuses the rest. The execute-api endpoint
/// stays reachable (turning it off needs a custom API domain), but a caller going around CloudFront has no secret.
/// <para>
/// The values live in two SSM String parameters the platform team creates before the first deploy (docs/deploy.md).
/// The template holds only CloudFormation dynamic references (<c>{{resolve:ssm:NAME}}</c>), resolved at deploy time,
/// so no value reaches the template or cdk.out. Not <c>ssm-secure</c>: CloudFormation resolves SecureString
/// references only for a short list of properties, and neither CloudFront's origin headers nor Lambda's environment
/// is on it. A version context key pins a reference to one parameter version; changing it is what makes
/// CloudFormation read the parameter again, because it does not notice a new value behind an unchanged reference.
/// </para>
/// </summary>
public sealed partial class OriginVerification
{
    public const string HeaderName = "x-origin-verify";
    public const string SecretsVariable = "ORIGIN_VERIFY_SECRETS";

    public const string CurrentParameterContextKey = "originVerifyCurrentParameter";
    public const string PreviousParameterContextKey = "originVerifyPreviousParameter";
    public const string CurrentVersionContextKey = "originVerifyCurrentVersion";
    public const string PreviousVersionContextKey = "originVerifyPreviousVersion";

    public const string DefaultCurrentParameter = "/gitgoods/origin-verify/current";
    public const string DefaultPreviousParameter = "/gitgoods/origin-verify/previous";

    /// <param name="currentParameter">The SSM parameter holding the value CloudFront sends.</param>
    /// <param name="previousParameter">The SSM parameter holding the value accepted until the next rotation.</param>
    /// <param name="currentVersion">Pins the current parameter's version; null for the version current at deploy time.</param>
    /// <param name="previousVersion">Pins the previous parameter's version.</param>
    /// <exception cref="ArgumentException">When a name is not an SSM parameter name.</exception>
    public OriginVerification(string currentParameter, string previousParameter, int? currentVersion = null, int? previousVersion = null)
    {
        HeaderValue = DynamicReference(RequireName(currentParameter), currentVersion);
        PreviousValue = DynamicReference(RequireName(previousParameter), previousVersion);
        CurrentParameter = currentParameter;
        PreviousParameter = previousParameter;
    }

    /// <summary>The names and versions from the CDK context, with the default names.</summary>
    public static OriginVerification FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new OriginVerification(
            CdkContext.String(node, CurrentParameterContextKey) ?? DefaultCurrentParameter,
            CdkContext.String(node, PreviousParameterContextKey) ?? DefaultPreviousParameter,
            CdkContext.PositiveNumber(node, CurrentVersionContextKey),
            CdkContext.PositiveNumber(node, PreviousVersionContextKey));
    }

    public string CurrentParameter { get; }

    public string PreviousParameter { get; }

    /// <summary>What CloudFront sends: a dynamic reference to the current parameter.</summary>
    public string HeaderValue { get; }

    /// <summary>A dynamic reference to the previous parameter.</summary>
    public string PreviousValue { get; }

    /// <summary>What the functions accept (<see cref="SecretsVariable"/>): current and previous, comma-joined.</summary>
    public string AcceptedValues => HeaderValue + "," + PreviousValue;

    private static string DynamicReference(string name, int? version) =>
        version is { } pinned ? $"{{{{resolve:ssm:{name}:{pinned}}}}}" : $"{{{{resolve:ssm:{name}}}}}";

    private static string RequireName(string name) =>
        ParameterName().IsMatch(name) && name.Length <= 1011
            ? name
            : throw new ArgumentException(
                $"'{name}' is not an SSM parameter name (letters, digits, '.', '-', '_', and '/' between path segments, starting with '/').",
                nameof(name));

    [GeneratedRegex("^(/[A-Za-z0-9_.-]+)+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex ParameterName();
}
