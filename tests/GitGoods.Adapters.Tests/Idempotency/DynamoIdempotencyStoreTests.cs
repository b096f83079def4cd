using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Idempotency;
using GitGoods.Domain.Idempotency;
using GitGoods.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Adapters.Tests.Idempotency;

/// <summary>The idempotency store against the real DynamoDB Local engine; each test owns its own table.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DynamoIdempotencyStoreTests(DynamoDbLocalFixture dynamo)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string RecordId = IdempotencyRecordId.For("place-order", "user-1:key-1");
    private static readonly IdempotentResponse Response = new(202, """{"id":"order-1","status":"PENDING"}""", "/api/orders/order-1");
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task Claim_FirstTime_Acquires()
    {
        var (store, _) = await NewStoreAsync();

        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.Acquired());
    }

    [Fact]
    public async Task Claim_AfterComplete_ReplaysTheStoredResponse()
    {
        var (store, _) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);
        await store.CompleteAsync(RecordId, "hash-a", Response, default);

        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.Completed(Response));
    }

    [Fact]
    public async Task Claim_AfterComplete_ReplaysAResponseWithoutLocation()
    {
        var (store, _) = await NewStoreAsync();
        var response = new IdempotentResponse(422, "{\"errors\":[]}", null);
        await store.ClaimAsync(RecordId, "hash-a", default);
        await store.CompleteAsync(RecordId, "hash-a", response, default);

        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.Completed(response));
    }

    [Fact]
    public async Task Claim_WithAnotherPayloadHash_IsAMismatch_WhetherCompletedOrInProgress()
    {
        var (store, _) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);

        (await store.ClaimAsync(RecordId, "hash-b", default)).Should().Be(new IdempotencyClaim.PayloadMismatch());
        await store.CompleteAsync(RecordId, "hash-a", Response, default);
        (await store.ClaimAsync(RecordId, "hash-b", default)).Should().Be(new IdempotencyClaim.PayloadMismatch());
    }

    [Fact]
    public async Task Claim_WhileInProgress_IsInProgress()
    {
        var (store, _) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);
        _time.Advance(TimeSpan.FromSeconds(9));

        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.InProgress());
    }

    [Fact]
    public async Task Claim_AfterTheInProgressWindow_AcquiresAgain()
    {
        // The first holder crashed or timed out without completing or releasing.
        var (store, _) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);
        _time.Advance(TimeSpan.FromSeconds(10) + TimeSpan.FromMilliseconds(1));

        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.Acquired());
    }

    [Fact]
    public async Task Claim_AfterTheRecordExpired_AcquiresAgainEvenWithAnotherPayload()
    {
        var (store, table) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);
        await store.CompleteAsync(RecordId, "hash-a", Response, default);
        _time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));

        (await store.ClaimAsync(RecordId, "hash-b", default)).Should().Be(new IdempotencyClaim.Acquired());
        var item = await RawAsync(table);
        item!["status"].S.Should().Be("INPROGRESS");
        item["validation"].S.Should().Be("hash-b");
        item.Should().NotContainKey("data", "the new claim replaced the old record");
    }

    [Fact]
    public async Task Release_DeletesTheInProgressRecord_SoTheNextClaimAcquires()
    {
        var (store, table) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);

        await store.ReleaseAsync(RecordId, default);

        (await RawAsync(table)).Should().BeNull();
        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.Acquired());
    }

    [Fact]
    public async Task Release_OfACompletedRecordOrOfNothing_ChangesNothing()
    {
        var (store, _) = await NewStoreAsync();
        await store.ReleaseAsync(RecordId, default);
        await store.ClaimAsync(RecordId, "hash-a", default);
        await store.CompleteAsync(RecordId, "hash-a", Response, default);

        await store.ReleaseAsync(RecordId, default);

        (await store.ClaimAsync(RecordId, "hash-a", default)).Should().Be(new IdempotencyClaim.Completed(Response));
    }

    [Fact]
    public async Task Complete_AfterTheClaimWasLost_Throws()
    {
        var (store, _) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);
        _time.Advance(TimeSpan.FromSeconds(11));
        await store.ClaimAsync(RecordId, "hash-b", default);

        var act = () => store.CompleteAsync(RecordId, "hash-a", Response, default);

        await act.Should().ThrowAsync<IdempotencyClaimLostException>();
        (await store.ClaimAsync(RecordId, "hash-b", default)).Should().Be(new IdempotencyClaim.InProgress());
    }

    [Fact]
    public async Task Complete_AfterRelease_Throws()
    {
        var (store, _) = await NewStoreAsync();
        await store.ClaimAsync(RecordId, "hash-a", default);
        await store.ReleaseAsync(RecordId, default);

        var act = () => store.CompleteAsync(RecordId, "hash-a", Response, default);

        await act.Should().ThrowAsync<IdempotencyClaimLostException>();
    }

    [Fact]
    public async Task Claim_TwentyConcurrentlyWithOneKey_ExactlyOneAcquires()
    {
        var (store, _) = await NewStoreAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.ClaimAsync(RecordId, "hash-a", default)));

        claims.Count(c => c is IdempotencyClaim.Acquired).Should().Be(1);
        claims.Count(c => c is IdempotencyClaim.InProgress).Should().Be(19);
    }

    [Fact]
    public async Task StoredItem_HasExactlyThePowertoolsAttributeNamesAndTypes()
    {
        var (store, table) = await NewStoreAsync();

        await store.ClaimAsync(RecordId, "hash-a", default);
        var claimed = await RawAsync(table);
        _time.Advance(TimeSpan.FromSeconds(2));
        await store.CompleteAsync(RecordId, "hash-a", Response, default);
        var completed = await RawAsync(table);

        claimed!.Keys.Should().BeEquivalentTo("id", "expiration", "in_progress_expiration", "status", "validation");
        claimed["id"].S.Should().Be(RecordId).And.MatchRegex("^place-order#[0-9a-f]{64}$");
        claimed["expiration"].N.Should().Be(Epoch(Start.AddHours(24).ToUnixTimeSeconds()));
        claimed["in_progress_expiration"].N.Should().Be(Epoch(Start.AddSeconds(10).ToUnixTimeMilliseconds()));
        claimed["status"].S.Should().Be("INPROGRESS");
        claimed["validation"].S.Should().Be("hash-a");
        completed!.Keys.Should().BeEquivalentTo("id", "expiration", "in_progress_expiration", "status", "validation", "data");
        completed["status"].S.Should().Be("COMPLETED");
        completed["expiration"].N.Should().Be(Epoch(Start.AddSeconds(2).AddHours(24).ToUnixTimeSeconds()));
        completed["data"].S.Should().Be(
            """{"statusCode":202,"body":"{\"id\":\"order-1\",\"status\":\"PENDING\"}","location":"/api/orders/order-1"}""");
    }

    [Fact]
    public void Table_HasThePowertoolsKeySchema()
    {
        var request = IdempotencyTable.CreateTableRequest("t");

        request.KeySchema.Should().ContainSingle().Which.AttributeName.Should().Be("id");
        request.AttributeDefinitions.Should().ContainSingle().Which.AttributeType.Value.Should().Be("S");
        IdempotencyTable.TimeToLive.Should().Be("expiration");
    }

    private static string Epoch(long value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<(DynamoIdempotencyStore Store, string Table)> NewStoreAsync()
    {
        var table = await dynamo.CreateIdempotencyTableAsync();
        return (new DynamoIdempotencyStore(dynamo.Client, table, timeProvider: _time), table);
    }

    private async Task<Dictionary<string, AttributeValue>?> RawAsync(string table)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table, Key = new(StringComparer.Ordinal) { ["id"] = new(RecordId) }, ConsistentRead = true,
        });
        return response.Item is { Count: > 0 } item ? item : null;
    }
}
