using System.Text.Json;
using GitGoods.Adapters.Orders;
using GitGoods.Adapters.Queues;
using GitGoods.Adapters.Tests.Queues;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Orders;

/// <summary>The hand-off of placed orders to the order queue, through the real SQS emulator.</summary>
[Collection(FauxqsCollection.Name)]
public class SqsOrderHandOffTests(FauxqsFixture fauxqs)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task HandOff_PutsOneMessagePerOrder_CarryingOnlyItsId(int count)
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var handOff = new SqsOrderHandOff(new SqsMessageSender(fauxqs.Client, queues.QueueUrl));
        var ids = Enumerable.Range(0, count).Select(i => $"order-{i}").ToList();

        await handOff.HandOffAsync(ids, default);

        var received = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, count, Deadline);
        received.Select(m => m.Body).Should().BeEquivalentTo(ids.Select(id => $$"""{"orderId":"{{id}}"}"""));
        (await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl)).Should().Be(0);
    }

    [Fact]
    public void Body_IsJsonWithTheIdOnly_EscapedAsJsonNeeds()
    {
        var body = SqsOrderHandOff.Body("a\"b");

        body.Should().Be("""{"orderId":"a\u0022b"}""");
        JsonDocument.Parse(body).RootElement.GetProperty("orderId").GetString().Should().Be("a\"b");
    }
}
