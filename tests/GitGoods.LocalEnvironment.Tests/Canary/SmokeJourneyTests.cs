using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Canary;

/// <summary>
/// The canary's journey (src/Infrastructure/canary/smoke.js, the pipeline's smoke test) against the real local stack:
/// one stack of its own for this class, and a shopper signed up for it, so no other test's data is touched.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class SmokeJourneyTests(LocalEnvironmentFixture fixture)
{
    private const string Password = "Canary!Journey2026";

    private static readonly string[] Steps =
        ["list-products", "get-product", "add-to-cart", "get-cart", "sign-in", "place-order", "wait-for-order", "cancel-order", "clear-cart"];

    [Fact]
    public async Task TheJourney_Passes_NamingEachStep_AndLeavesItsOrderCancelledAndTheStockAsItWas()
    {
        var (stack, email) = await StackWithShopperAsync();

        var run = await SmokeCli.RunAsync(Environment(stack, email));

        run.ExitCode.Should().Be(0, "stdout:\n{0}\nstderr:\n{1}", run.Stdout, run.Stderr);
        run.StepNames.Should().Equal(Steps);
        run.Steps.Should().OnlyContain(s => s["outcome"]!.GetValue<string>() == "ok" && s["ms"]!.GetValue<int>() >= 0);
        run.Steps.Select(s => s["status"]!.GetValue<int>()).Should().Equal(200, 200, 200, 200, 200, 202, 200, 200, 204);
        run.Stdout.Should().Contain("smoke: PASSED").And.NotContain(Password).And.NotContain("eyJ", "no token is logged");

        var orderId = run.Step("place-order")["orderId"]!.GetValue<string>();
        run.Step("wait-for-order")["orderStatus"]!.GetValue<string>().Should().Be("CONFIRMED");
        var token = (await stack.Identity.SignInAsync(email, Password)).IdToken;
        var order = await GetAsync(stack, token, orderId);
        order["status"]!.GetValue<string>().Should().Be("CANCELLED");
        order["statusHistory"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()).Should().Equal("PENDING", "CONFIRMED", "CANCELLED");
        var productId = run.Step("get-product")["productId"]!.GetValue<string>();
        (await StockAsync(stack, productId)).Should().Be(fixture.Seeded.Single(g => g.Id == productId).Stock, "the cancellation gave the unit back");
    }

    [Fact]
    public async Task AWrongPassword_Exits1_NamingTheSignInStep_AndStillClearsTheCart()
    {
        var (stack, email) = await StackWithShopperAsync();
        var environment = Environment(stack, email);
        environment["GITGOODS_SHOPPER_PASSWORD"] = "Not!ThePassword1";

        var run = await SmokeCli.RunAsync(environment);

        run.ExitCode.Should().Be(1, run.Stderr);
        run.Stderr.Should().Contain("FAILED").And.Contain("step \"sign-in\"").And.Contain("NotAuthorizedException").And.NotContain("Not!ThePassword1");
        run.StepNames.Should().Equal("list-products", "get-product", "add-to-cart", "get-cart", "sign-in", "clear-cart");
        run.Step("sign-in")["outcome"]!.GetValue<string>().Should().Be("failed");
        run.Step("sign-in")["status"]!.GetValue<int>().Should().Be(400);
        run.Step("clear-cart")["outcome"]!.GetValue<string>().Should().Be("ok");
    }

    [Fact]
    public async Task AMissingVariable_Exits2_NamingIt_BeforeAnyRequest()
    {
        var (stack, email) = await StackWithShopperAsync();
        var environment = Environment(stack, email);
        environment.Remove("GITGOODS_USER_POOL_CLIENT_ID");

        var run = await SmokeCli.RunAsync(environment);

        run.ExitCode.Should().Be(2, run.Stderr);
        run.Stderr.Should().Contain("bad configuration").And.Contain("GITGOODS_USER_POOL_CLIENT_ID");
        run.Steps.Should().BeEmpty();
    }

    [Fact]
    public async Task ADeclinedTestCard_FailsWaitForOrder_UnlessDeclinesAreAccepted_AndIsNeverCancelled()
    {
        var (stack, email) = await StackWithShopperAsync();
        var environment = Environment(stack, email);
        environment["GITGOODS_PAYMENT_TOKEN"] = "pm_card_chargeDeclined";

        var refused = await SmokeCli.RunAsync(environment);
        environment["GITGOODS_ACCEPT_DECLINED_PAYMENT"] = "true";
        var accepted = await SmokeCli.RunAsync(environment);

        refused.ExitCode.Should().Be(1, refused.Stderr);
        refused.Stderr.Should().Contain("step \"wait-for-order\"").And.Contain("REJECTED (PAYMENT_DECLINED)");
        accepted.ExitCode.Should().Be(0, accepted.Stderr);
        accepted.Step("wait-for-order")["orderStatus"]!.GetValue<string>().Should().Be("REJECTED");
        foreach (var run in (SmokeCli.Run[])[refused, accepted])
        {
            run.StepNames.Should().NotContain("cancel-order").And.EndWith("clear-cart");
        }
    }

    private async Task<(LocalEnvironmentHost Stack, string Email)> StackWithShopperAsync()
    {
        var stack = await fixture.OwnStackAsync("canary");
        var email = $"canary-{Guid.NewGuid():N}@example.com";
        var (status, body) = await stack.Identity.SignUpAsync(email, Password, "Canary Shopper");
        status.Should().Be(200, body.ToJsonString());
        return (stack, email);
    }

    private static Dictionary<string, string> Environment(LocalEnvironmentHost stack, string email) => new(StringComparer.Ordinal)
    {
        ["GITGOODS_BASE_URL"] = stack.BaseAddress.ToString(),
        ["GITGOODS_SHOPPER_EMAIL"] = email,
        ["GITGOODS_SHOPPER_PASSWORD"] = Password,
        ["GITGOODS_USER_POOL_CLIENT_ID"] = UserPool.ClientId,
        ["GITGOODS_COGNITO_ENDPOINT"] = new Uri(stack.BaseAddress, "/cognito/").ToString(),
    };
}
