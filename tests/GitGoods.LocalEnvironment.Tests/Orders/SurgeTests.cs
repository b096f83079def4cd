using System.Net;
using GitGoods.Adapters.Payments;
using GitGoods.Composition;
using GitGoods.TestSupport;
using Xunit.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>A sales-day surge on the running stack: nothing oversold, nothing doubled.</summary>
[Collection(LocalEnvironmentTests.Name)]
public class SurgeTests(LocalEnvironmentFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Placement checks stock against the catalogue, but only the workflow's reservation (a conditional write) takes it, so a
    /// burst of buyers is accepted past the stock and the race is decided in the workflow. The test insists the race ran:
    /// more orders accepted (202) than units in stock, then exactly the stock confirmed, every other order rejected
    /// OUT_OF_STOCK without a payment, and stock never below zero.
    /// </summary>
    [Fact]
    public async Task AHundredShoppers_BuyTenUnits_MoreThanTenAccepted_ExactlyTenConfirmed_TheRestRejectedOutOfStock()
    {
        const int stock = 10;
        const int buyers = 100;
        var stack = await fixture.OwnStackAsync("surge");
        var product = await NewProductAsync(stack, stock: stock);
        var shoppers = Enumerable.Range(0, buyers).Select(i => ShopperToken(stack, $"surge-{i}-{Guid.NewGuid():N}")).ToList();

        var responses = await Task.WhenAll(shoppers.Select(token => PlaceLikeAClientAsync(stack, token, Body(product, 1))));

        var accepted = await AcceptedAsync(responses, shoppers);
        accepted.Should().HaveCountGreaterThan(stock,
            "the surge must reach the workflow's stock race: more orders accepted than units in stock (a placement that refused all " +
            $"but {stock} up front would never test it); {responses.Length - accepted.Count} were refused 409 at placement");
        output.WriteLine($"{accepted.Count} of {buyers} accepted (202) for {stock} units; {responses.Length - accepted.Count} refused (409) at placement");
        var lowest = new LowestStock();
        using (var sampling = new CancellationTokenSource())
        {
            var sampler = lowest.SampleAsync(() => StockAsync(stack, product), sampling.Token);
            var settled = await Task.WhenAll(accepted.Select(a => SettledAsync(stack, a.Token, a.Id)));
            await sampling.CancelAsync();
            await sampler;
            var statuses = settled.Select(o => (Id: o["id"]!.GetValue<string>(), Status: o["status"]!.GetValue<string>(),
                Reason: o["rejectionReason"]?.GetValue<string>())).ToList();
            var tally = string.Join(", ", statuses.GroupBy(s => (s.Status, s.Reason)).Select(g => $"{g.Key.Status}/{g.Key.Reason}: {g.Count()}"));
            statuses.Count(s => s.Status == "CONFIRMED").Should().Be(stock, tally);
            statuses.Where(s => s.Status != "CONFIRMED").Should().OnlyContain(s => s.Status == "REJECTED" && s.Reason == "OUT_OF_STOCK", tally);
            await PaymentsMatchAsync(stack, statuses.Select(s => (s.Id, Confirmed: s.Status == "CONFIRMED")).ToList());
        }

        output.WriteLine($"stock read {lowest.Samples} times while the race ran; lowest {lowest.Value}");
        lowest.Samples.Should().BePositive("the stock was read while the race ran");
        lowest.Value.Should().BeGreaterThanOrEqualTo(0, "stock never goes below zero");
        (await StockAsync(stack, product)).Should().Be(0);
    }

    /// <summary>
    /// One shopper's checkout as a real client makes it: a 503 (the shop shedding load, with <c>Retry-After</c>) or a 409
    /// "still being placed" is sent again, with the same <c>Idempotency-Key</c>, after the pause the answer asks for; the
    /// key makes the retry safe. Any other answer is final. The test then insists every final answer is 202 or 409.
    /// </summary>
    private static async Task<HttpResponseMessage> PlaceLikeAClientAsync(LocalEnvironmentHost stack, string token, string body)
    {
        const int attempts = 6;
        for (var attempt = 1; ; attempt++)
        {
            var response = await PlaceAsync(stack, token, "surge", body);
            var again = response.StatusCode == HttpStatusCode.ServiceUnavailable
                || (response.StatusCode == HttpStatusCode.Conflict
                    && (await response.Content.ReadAsStringAsync()).Contains("still being placed", StringComparison.Ordinal));
            if (!again || attempt == attempts)
            {
                return response;
            }

            var pause = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(pause);
        }
    }

    private static async Task<List<(string Token, string Id)>> AcceptedAsync(HttpResponseMessage[] responses, List<string> shoppers)
    {
        var unexpected = responses.FirstOrDefault(r => r.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.Conflict));
        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Accepted || s == HttpStatusCode.Conflict,
            unexpected is null ? "" : "the first other answer was " + await unexpected.Content.ReadAsStringAsync());
        var accepted = new List<(string Token, string Id)>();
        for (var i = 0; i < responses.Length; i++)
        {
            if (responses[i].StatusCode == HttpStatusCode.Accepted)
            {
                accepted.Add((shoppers[i], (await JsonAsync(responses[i]))["id"]!.GetValue<string>()));
            }

            responses[i].Dispose();
        }

        return accepted;
    }

    /// <summary>Each confirmed order holds the one AUTHORIZED payment it names; no rejected order keeps an authorised payment.</summary>
    private static async Task PaymentsMatchAsync(LocalEnvironmentHost stack, List<(string Id, bool Confirmed)> orders)
    {
        var services = stack.Services.GetRequiredService<FunctionServices>();
        var gateway = (SimulatedPaymentGateway)services.Payments;
        foreach (var (id, confirmed) in orders)
        {
            var payment = await gateway.GetAsync(id, default);
            if (confirmed)
            {
                payment.Should().NotBeNull($"confirmed order {id} has its payment");
                payment!.Status.Should().Be(RecordedPaymentStatus.Authorized);
                (await services.Orders.FindAsync(id, default))!.PaymentAuthorizationId.Should().Be(payment.AuthorizationId);
            }
            else
            {
                payment?.Status.Should().NotBe(RecordedPaymentStatus.Authorized, $"rejected order {id} must not hold an authorised payment");
            }
        }
    }

    /// <summary>The lowest stock seen while reading it in a loop.</summary>
    private sealed class LowestStock
    {
        public int Value { get; private set; } = int.MaxValue;

        public int Samples { get; private set; }

        public async Task SampleAsync(Func<Task<int>> read, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                Value = Math.Min(Value, await read());
                Samples++;
                await Task.Delay(TimeSpan.FromMilliseconds(20), stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [Fact]
    public async Task TwentyConcurrentRequestsWithOneKey_PlaceOneOrder()
    {
        var stack = await fixture.OwnStackAsync("surge");
        var product = await NewProductAsync(stack, stock: 50);
        var shopper = ShopperToken(stack, "retrier-" + Guid.NewGuid().ToString("N"));
        var body = Body(product, 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PlaceAsync(stack, shopper, "one-key", body)));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Accepted || s == HttpStatusCode.Conflict,
            "a request meeting one still in flight gets 409, every other gets the order");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Accepted))
        {
            ids.Add((await JsonAsync(response))["id"]!.GetValue<string>());
        }

        ids.Should().ContainSingle();
        await SettledAsync(stack, shopper, ids.Single());
        using var mine = await SendAsync(stack, HttpMethod.Get, "/api/orders", shopper);
        (await JsonAsync(mine))["items"]!.AsArray().Should().ContainSingle();
        (await StockAsync(stack, product)).Should().Be(49);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
