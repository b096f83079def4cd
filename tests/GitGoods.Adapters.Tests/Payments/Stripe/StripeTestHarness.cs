using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Payments.Stripe;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>A <see cref="StripePaymentGateway"/> wired to the fake Stripe and its own DynamoDB Local table, with short timeouts.</summary>
public sealed class StripeTestHarness : IAsyncDisposable
{
    public static readonly StripeOptions FastOptions = new()
    {
        // Short enough that the stalled-answer tests stay quick, long enough that a busy CI machine is not mistaken for
        // a stalled Stripe (400 ms was: a retry test saw a third attempt).
        AttemptTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
    };

    private readonly DynamoDbLocalFixture _dynamo;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private StripeTestHarness(DynamoDbLocalFixture dynamo, FakeStripeServer stripe, string table, string key, StripeOptions options)
    {
        _dynamo = dynamo;
        Stripe = stripe;
        Table = table;
        Keys = new CountingKeySource(key);
        Gateway = new StripePaymentGateway(dynamo.Client, table, _http, Keys, options with { BaseUrl = stripe.BaseUrl });
    }

    public FakeStripeServer Stripe { get; }

    public string Table { get; }

    public CountingKeySource Keys { get; }

    public StripePaymentGateway Gateway { get; }

    public static async Task<StripeTestHarness> StartAsync(DynamoDbLocalFixture dynamo, string key = FakeStripeServer.SecretKey,
        StripeOptions? options = null) =>
        new(dynamo, await FakeStripeServer.StartAsync(), await dynamo.CreateTableAsync("stripe"), key, options ?? FastOptions);

    /// <summary>The adapter's record of the order (status and intent id), read consistently; null when there is none.</summary>
    public async Task<(string Status, string? PaymentIntentId)?> RecordAsync(string orderId)
    {
        var item = (await _dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = Table,
            ConsistentRead = true,
            Key = new(StringComparer.Ordinal) { ["PK"] = new("PAYMENT#" + orderId), ["SK"] = new("STRIPE") },
        })).Item;
        return item is { Count: > 0 } ? (item["status"].S, item.TryGetValue("paymentIntentId", out var pi) ? pi.S : null) : null;
    }

    public IReadOnlyList<StripeRequest> RequestsTo(string pathStart) =>
        [.. Stripe.Requests.Where(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Stripe.DisposeAsync();
    }
}

/// <summary>A fixed key that counts how often it was asked for.</summary>
public sealed class CountingKeySource(string key) : IPaymentSecretKeySource
{
    private int _reads;

    public int Reads => _reads;

    public ValueTask<string> GetAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        return ValueTask.FromResult(key);
    }
}
