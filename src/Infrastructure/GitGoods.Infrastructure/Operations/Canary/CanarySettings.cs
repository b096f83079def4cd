using System.Text.RegularExpressions;

using Amazon.CDK;

namespace GitGoods.Infrastructure.Operations.Canary;

/// <summary>The checked settings of a <see cref="ShopJourneyCanary"/>, and its handler's environment (<see cref="CanaryVariables"/>).</summary>
internal sealed partial record CanarySettings(string Name, string ShopperEmail, string CodeDirectory)
{
    /// <summary>Synthetics names the canary's function <c>cwsyn-{name}-{uuid}</c>, and a function name has at most 64 characters.</summary>
    public const int MaxNameLength = 21;

    /// <exception cref="ArgumentException">When a setting cannot work; the message names it.</exception>
    public static CanarySettings From(ShopJourneyCanaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = $"{options.NamePrefix}-{options.RegionLabel}";
        Require(Label().IsMatch(options.RegionLabel), nameof(options.RegionLabel), $"'{options.RegionLabel}' is not lower-case letters, digits and hyphens");
        Require(CanaryName().IsMatch(name) && name.Length <= MaxNameLength, nameof(options.NamePrefix),
            $"the canary name '{name}' must be 1–{MaxNameLength} lower-case letters, digits, hyphens or underscores");
        Require(Token.IsUnresolved(options.BaseUrl) || IsHttpsBase(options.BaseUrl), nameof(options.BaseUrl),
            $"'{options.BaseUrl}' is not an https URL without query");
        Require(ParameterName().IsMatch(options.OriginVerifyParameterName), nameof(options.OriginVerifyParameterName),
            $"'{options.OriginVerifyParameterName}' is not an SSM parameter name (/path/name)");
        Require(options.OriginVerifyParameterVersion is null or > 0, nameof(options.OriginVerifyParameterVersion),
            $"{options.OriginVerifyParameterVersion} is not a parameter version (1 or more)");
        var email = options.ShopperEmail ?? $"canary-{options.RegionLabel}@example.com";
        Require(Email().IsMatch(email), nameof(options.ShopperEmail), $"'{email}' is not an e-mail address");
        Require(options.ShippingPhone is null || Phone().IsMatch(options.ShippingPhone), nameof(options.ShippingPhone),
            $"'{options.ShippingPhone}' is not + then 7–15 digits");
        var code = options.CodeDirectory ?? Path.Combine(CdkProjectRoot.Find(), ShopJourneyCanary.DefaultCodeDirectory);
        return new CanarySettings(name, email, Path.GetFullPath(code));
    }

    /// <summary>The handler's environment.</summary>
    public static Dictionary<string, string> Environment(ShopJourneyCanaryOptions options, string shopperSecretArn)
    {
        ArgumentNullException.ThrowIfNull(options);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CanaryVariables.BaseUrl] = options.BaseUrl,
            // GetParameter takes "name:version" as the name.
            [CanaryVariables.OriginVerifyParameter] = options.OriginVerifyParameterVersion is { } version
                ? $"{options.OriginVerifyParameterName}:{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                : options.OriginVerifyParameterName,
            [CanaryVariables.UserPoolId] = options.UserPool.UserPoolId,
            [CanaryVariables.ClientId] = options.UserPoolClient.UserPoolClientId,
            [CanaryVariables.ShopperSecret] = shopperSecretArn,
        };
        if (options.ShippingPhone is not null)
        {
            variables[CanaryVariables.ShippingPhone] = options.ShippingPhone;
        }

        if (options.AcceptDeclinedPayment)
        {
            variables[CanaryVariables.AcceptDeclinedPayment] = "true";
        }

        return variables;
    }

    private static bool IsHttpsBase(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal) && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    private static void Require(bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ShopJourneyCanaryOptions.{option}: {problem}.", option);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex Label();

    [GeneratedRegex("^[0-9a-z_-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex CanaryName();

    [GeneratedRegex("^(/[A-Za-z0-9_.-]+)+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex Phone();
}
