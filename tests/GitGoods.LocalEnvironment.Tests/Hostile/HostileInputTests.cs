using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GitGoods.Composition;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Restore;
using GitGoods.LocalEnvironment.Tests.Identity;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Hostile;

/// <summary>
/// Hostile input never gets a 5xx and changes nothing: every catalogued route, anonymous and signed in as shopper,
/// seller and admin, with a hostile value in each path parameter, query parameter and header its handler reads and in
/// its body, over raw sockets. Every 4xx is problem+json (or, on routes behind the JWT authorizer, API Gateway's exact
/// 401), and the stack's tables hold exactly the items they held before.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class HostileInputTests(LocalEnvironmentFixture fixture, ITestOutputHelper output)
{
    /// <summary>The generator's seed; set <c>HOSTILE_SEED</c> to replay another run's.</summary>
    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("HOSTILE_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261205UL;

    private const int GeneratedCases = 600;

    [Fact]
    public async Task EveryRoute_AnswersHostileInputWithA4xxProblem_NeverA5xx_AndChangesNoData()
    {
        var stack = await fixture.OwnStackAsync("hostile");
        var principals = await MatrixPrincipals.CreateAsync(stack);
        var cases = new HostileCases(principals);
        List<HostileCase> all = [.. cases.Fixed(), .. cases.Generated(Seed, GeneratedCases)];
        var before = await ChecksumsAsync(stack);

        var started = Stopwatch.GetTimestamp();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var byRoute = new ConcurrentDictionary<string, ConcurrentDictionary<int, bool>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (hostile, token) =>
        {
            var response = await RawHttp.SendAsync(stack.BaseAddress, hostile.Route.Method, hostile.Target, hostile.Headers, hostile.Body, token);
            statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
            byRoute.GetOrAdd(hostile.Route.RouteKey, _ => new())[response.Status] = true;
            if (Violation(hostile, response) is { } violation)
            {
                failures.Add($"{hostile} → {response.Status} {response.ContentType}: {violation}");
            }
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        var after = await ChecksumsAsync(stack);

        output.WriteLine($"Seed {Seed}: {all.Count} requests ({all.Count - GeneratedCases} fixed, {GeneratedCases} generated) over "
            + $"{HostileCases.Routes.Count} routes in {elapsed.TotalSeconds:F1} s; statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
        foreach (var (route, seen) in byRoute.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{route}: {string.Join(", ", seen.Keys.Order())}");
        }

        foreach (var failure in failures.Take(40))
        {
            output.WriteLine(failure);
        }

        failures.Should().BeEmpty($"every hostile request gets a 4xx problem (seed {Seed}); {failures.Count} did not");
        statuses.Keys.Should().OnlyContain(status => status < 500);
        after.Should().Equal(before, "hostile requests change no item of any table");
    }

    [Fact]
    public void QueryReads_NameOnlyCataloguedRoutes()
    {
        HostileCases.QueryReads.Keys.Should().BeSubsetOf(HostileCases.Routes.Select(r => r.RouteKey));
    }

    /// <summary>Why a response breaks the contract for hostile input, or null when it keeps it.</summary>
    private static string? Violation(HostileCase hostile, RawResponse response)
    {
        if (response.Status is < 100 or >= 500)
        {
            return "no response, or a server error";
        }

        if (response.Status < 400)
        {
            return null;
        }

        if (response.Status == 401 && hostile.Route.RequiresToken && response.Body == """{"message":"Unauthorized"}""")
        {
            return null;
        }

        if (response.ContentType != "application/problem+json" || !response.Headers.ContainsKey("x-request-id"))
        {
            return "not problem+json with an x-request-id: " + Printable(response.Body);
        }

        using var problem = JsonDocument.Parse(response.Body);
        return problem.RootElement.GetProperty("status").GetInt32() == response.Status && response.Body.All(c => c >= ' ')
            ? null
            : "the problem's status differs or its body holds a raw control character";
    }

    private static string Printable(string text) => new([.. text.Take(200).Select(c => c is < ' ' or > '~' ? '?' : c)]);

    /// <summary>Each table of the stack (the shop table and the idempotency table): its item count and fingerprint.</summary>
    private static async Task<List<string>> ChecksumsAsync(LocalEnvironmentHost stack)
    {
        var options = stack.Services.GetRequiredService<LocalEnvironmentOptions>();
        var dynamoDb = stack.Services.GetRequiredService<FunctionServices>().DynamoDb;
        var sums = new List<string>();
        foreach (var table in new[] { options.TableName, options.IdempotencyTableName })
        {
            var checksum = await TableScan.ChecksumAsync(dynamoDb, table, CancellationToken.None);
            sums.Add($"{table}: {checksum.Count} items, {checksum.ToHex()}");
        }

        return sums;
    }
}
