using Amazon.CDK;
using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.Cognito;

using GitGoods.Infrastructure.Operations.Canary;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Operations.Canary;

/// <summary>Options that cannot work fail the synth, naming the option; the optional ones reach the handler only when set.</summary>
public sealed class ShopJourneyCanaryOptionsTests
{
    [Theory]
    [InlineData(nameof(ShopJourneyCanaryOptions.RegionLabel), "Primary")]
    [InlineData(nameof(ShopJourneyCanaryOptions.NamePrefix), "gitgoods-shop-journey")]
    [InlineData(nameof(ShopJourneyCanaryOptions.BaseUrl), "http://abc123.execute-api.ap-southeast-1.amazonaws.com")]
    [InlineData(nameof(ShopJourneyCanaryOptions.OriginVerifyParameterName), "gitgoods/origin-verify")]
    [InlineData(nameof(ShopJourneyCanaryOptions.ShopperEmail), "canary")]
    [InlineData(nameof(ShopJourneyCanaryOptions.ShippingPhone), "6591234567")]
    public void AnUnusableOption_FailsNamingIt(string option, string value)
    {
        var stack = new Stack();
        var options = Options(stack) switch
        {
            var o when option == nameof(o.RegionLabel) => o with { RegionLabel = value },
            var o when option == nameof(o.NamePrefix) => o with { NamePrefix = value },
            var o when option == nameof(o.BaseUrl) => o with { BaseUrl = value },
            var o when option == nameof(o.OriginVerifyParameterName) => o with { OriginVerifyParameterName = value },
            var o when option == nameof(o.ShopperEmail) => o with { ShopperEmail = value },
            var o => o with { ShippingPhone = value },
        };

        var build = () => new ShopJourneyCanary(stack, "Journey", options);

        build.Should().Throw<ArgumentException>().WithMessage($"ShopJourneyCanaryOptions.{option}:*");
    }

    [Fact]
    public void AParameterVersionBelowOne_FailsNamingIt()
    {
        var stack = new Stack();

        var build = () => new ShopJourneyCanary(stack, "Journey", Options(stack) with { OriginVerifyParameterVersion = 0 });

        build.Should().Throw<ArgumentException>().WithMessage("ShopJourneyCanaryOptions.OriginVerifyParameterVersion:*");
    }

    [Fact]
    public void ACodeDirectoryWithoutTheHandler_FailsNamingThePath()
    {
        var stack = new Stack();
        var empty = Directory.CreateTempSubdirectory("gitgoods-no-canary-").FullName;
        try
        {
            var build = () => new ShopJourneyCanary(stack, "Journey", Options(stack) with { CodeDirectory = empty });

            build.Should().Throw<InvalidOperationException>().WithMessage($"*{empty}*shop-journey-canary.js*");
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void PinnedVersionShippingPhoneAndDeclinedPayment_ReachTheHandler_WhenSet_AndTheEmailNamesTheShopper()
    {
        var stack = new Stack(new App(), "Options");
        _ = new ShopJourneyCanary(stack, "Journey", Options(stack) with
        {
            RegionLabel = "standby",
            ShippingPhone = "+6580000000",
            AcceptDeclinedPayment = true,
            ShopperEmail = "synthetic@shop.example",
            OriginVerifyParameterVersion = 3,
        });
        var template = Template.FromStack(stack);

        template.HasResourceProperties("AWS::Synthetics::Canary", Props(
            ("Name", "gg-journey-standby"),
            ("RunConfig", Match.ObjectLike(Props(("EnvironmentVariables", Match.ObjectLike(Props(
                (CanaryVariables.OriginVerifyParameter, "/gitgoods/origin-verify/current:3"),
                (CanaryVariables.ShippingPhone, "+6580000000"),
                (CanaryVariables.AcceptDeclinedPayment, "true")))))))));
        System.Text.Json.JsonSerializer.Serialize(template.ToJSON()).Should()
            .Contain(":parameter/gitgoods/origin-verify/current\"", "the grant names the parameter, whatever version is read")
            .And.NotContain(":parameter/gitgoods/origin-verify/current:3");
        template.HasResourceProperties("AWS::SecretsManager::Secret", Props(
            ("GenerateSecretString", Match.ObjectLike(Props(("SecretStringTemplate", """{"username":"synthetic@shop.example"}"""))))));
    }

    private static ShopJourneyCanaryOptions Options(Stack stack)
    {
        var pool = new UserPool(stack, "Pool");
        return new ShopJourneyCanaryOptions
        {
            BaseUrl = "https://abc123.execute-api.ap-southeast-1.amazonaws.com",
            OriginVerifyParameterName = "/gitgoods/origin-verify/current",
            UserPool = pool,
            UserPoolClient = pool.AddClient("Spa"),
            RegionLabel = "primary",
        };
    }
}
