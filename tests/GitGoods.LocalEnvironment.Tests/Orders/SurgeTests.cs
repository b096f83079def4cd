using System.Net;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>A sales-day surge on the running stack: nothing oversold, nothing doubled.</summary>
[Collection(LocalEnvironmentTests.Name)]
public class SurgeTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task TwoHundredShoppers_BuyTenUnits_ExactlyTenConfirmed_TheRestRejectedOrRefused_StockEndsAtZero()
    {
        var stack = await fixture.OwnStackAsync("surge");
        var product = await NewProductAsync(stack, stock: 10);
        var shoppers = Enumerable.Range(0, 200).Select(i => ShopperToken(stack, $"surge-{i}-{Guid.NewGuid():N}")).ToList();

        var responses = await Task.WhenAll(shoppers.Select(token => PlaceAsync(stack, token, "surge", Body(product, 1))));

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

        accepted.Should().HaveCountGreaterThanOrEqualTo(10, "at least the first ten find the stock at validation");
        var settled = await Task.WhenAll(accepted.Select(a => SettledAsync(stack, a.Token, a.Id)));
        var statuses = settled.Select(o => (Status: o["status"]!.GetValue<string>(), Reason: o["rejectionReason"]?.GetValue<string>())).ToList();
        statuses.Count(s => s.Status == "CONFIRMED").Should().Be(10);
        statuses.Where(s => s.Status != "CONFIRMED").Should().OnlyContain(s => s.Status == "REJECTED" && s.Reason == "OUT_OF_STOCK",
            string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key.Status}/{g.Key.Reason}: {g.Count()}")));
        (await StockAsync(stack, product)).Should().Be(0);
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
