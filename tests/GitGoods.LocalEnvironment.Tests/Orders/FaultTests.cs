using GitGoods.Workflow.Orders;
using System.Text.Json.Nodes;
using Amazon.SQS;
using Amazon.SQS.Model;
using GitGoods.Adapters.Orders;
using GitGoods.Composition;
using GitGoods.Domain.Orders;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.Orders.Fulfilment;
using GitGoods.TestSupport;
using GitGoods.Workflow;
using Microsoft.Extensions.DependencyInjection;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>
/// Faults on the running stack (queue visibility 2 s so redeliveries come quickly): duplicate deliveries, an order whose
/// hand-off never happened, a crash between two workflow steps, and messages that end in the dead-letter queue. The stack
/// process really killed (SIGKILL) between the order write and the hand-off is <see cref="ProcessKillTests"/>.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public class FaultTests(LocalEnvironmentFixture fixture)
{
    private Task<LocalEnvironmentHost> StackAsync() => fixture.OwnStackAsync("faults", "--queue-visibility-seconds", "2");

    [Fact]
    public async Task AMessageDeliveredTwice_ConfirmsOnce_TakesStockOnce_AndTextsOnce()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 5);
        var shopper = ShopperToken(stack, "dup-" + Guid.NewGuid().ToString("N"));
        using var placed = await PlaceAsync(stack, shopper, "dup", Body(product, 2));
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();

        // Two more copies of the message while the first is (or was just) being processed, and one more once it is confirmed.
        await SendToQueueAsync(stack, id);
        await SendToQueueAsync(stack, id);
        await SettledAsync(stack, shopper, id);
        await SendToQueueAsync(stack, id);
        await QueueDrainedAsync(stack);

        var order = await GetAsync(stack, shopper, id);
        order["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        order["statusHistory"]!.AsArray().Count(h => h!["status"]!.GetValue<string>() == "CONFIRMED").Should().Be(1);
        (await StockAsync(stack, product)).Should().Be(3, "a late copy must not compensate a confirmed order");
        var gateway = (GitGoods.Adapters.Payments.SimulatedPaymentGateway)stack.Services.GetRequiredService<FunctionServices>().Payments;
        (await gateway.GetAsync(id, default))!.Status.Should().Be(GitGoods.Adapters.Payments.RecordedPaymentStatus.Authorized, "nor void its payment");
        (await OutboxAsync(stack)).Count(m => m!["channel"]!.GetValue<string>() == "sms" && m["body"]!.GetValue<string>().Contains(id[..8].ToUpperInvariant(), StringComparison.Ordinal))
            .Should().Be(1);
    }

    [Fact]
    public async Task AnOrderWrittenWithItsOutboxEntry_ButNeverHandedOff_IsHandedOffByTheRelay()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 5);
        var services = stack.Services.GetRequiredService<FunctionServices>();
        // What PlaceOrder writes before the send, in one transaction (the order and its outbox entry), with no send after it.
        var order = await NewOrderAsync(services, product, 1, placedAgo: TimeSpan.FromSeconds(30));
        (await services.Orders.CreateAsync(order, default)).Should().BeTrue();

        var shopper = ShopperToken(stack, order.CustomerId);
        var settled = await SettledAsync(stack, shopper, order.Id);

        settled["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        (await services.OrderOutbox.ListUnsentAsync(DateTimeOffset.UtcNow, 100, default)).Select(e => e.OrderId).Should().NotContain(order.Id);
        (await StockAsync(stack, product)).Should().Be(4);
    }

    [Fact]
    public async Task ACrashBetweenTwoWorkflowSteps_IsFinishedByTheRedelivery_WithStockAndPaymentTakenOnce()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 5);
        var services = stack.Services.GetRequiredService<FunctionServices>();
        var order = await NewOrderAsync(services, product, 2, placedAgo: TimeSpan.Zero);
        await services.Orders.CreateAsync(order, default);
        await services.OrderOutbox.MarkSentAsync(new OutboxEntry(order.Id, order.CreatedAt), default);

        // The first execution dies right after AuthorizePayment: stock is held and the payment authorised, nothing more.
        var steps = GitGoods.Manifest.FunctionManifest.All.Where(f => f.Trigger is GitGoods.Manifest.WorkflowStepTrigger)
            .ToDictionary(f => f.Name, f => f.Create(services), StringComparer.Ordinal);
        var crashing = new CrashAfter(OrderWorkflow.AuthorizePayment, new LambdaTaskInvoker(name => steps.GetValueOrDefault(name)));
        var first = await new WorkflowRunner(OrderWorkflowDescription.Definition, crashing).RunAsync(new JsonObject { ["orderId"] = order.Id });
        first.Succeeded.Should().BeFalse();
        var halfway = (await services.Orders.FindAsync(order.Id, default))!;
        halfway.Status.Should().Be(OrderStatus.Pending);
        halfway.StockReserved.Should().BeTrue();
        var gateway = (GitGoods.Adapters.Payments.SimulatedPaymentGateway)services.Payments;
        var authorised = await gateway.GetAsync(order.Id, default);
        authorised!.Status.Should().Be(GitGoods.Adapters.Payments.RecordedPaymentStatus.Authorized);

        // The message comes back (here: is sent again) and the stack's workflow runs from the top.
        await SendToQueueAsync(stack, order.Id);
        var settled = await SettledAsync(stack, ShopperToken(stack, order.CustomerId), order.Id);

        settled["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        (await StockAsync(stack, product)).Should().Be(3, "the stock reserved before the crash is not taken again");
        (await gateway.GetAsync(order.Id, default))!.AuthorizationId.Should().Be(authorised.AuthorizationId, "the retry reuses the one authorisation");
        (await services.Orders.FindAsync(order.Id, default))!.PaymentAuthorizationId.Should().Be(authorised.AuthorizationId);
    }

    [Fact]
    public async Task AnOrderWhoseMessageDiedWithTheLocalQueue_IsHandedOffAgainWhenTheStackStarts()
    {
        var table = "restart-" + Guid.NewGuid().ToString("N");
        var state = Path.Combine(Path.GetTempPath(), "gitgoods-restart-" + Guid.NewGuid().ToString("N"));
        Order order;
        string product;
        await using (var before = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions { DynamoDbEndpoint = fixture.DynamoDb.Endpoint, TableName = table, StateDirectory = state }))
        {
            product = await NewProductAsync(before, stock: 3);
            var services = before.Services.GetRequiredService<FunctionServices>();
            order = await NewOrderAsync(services, product, 1, placedAgo: TimeSpan.Zero);
            await services.Orders.CreateAsync(order, default);
            // Handed off to a queue that then stopped with the stack: the outbox entry is gone, and so is the message.
            await services.OrderOutbox.MarkSentAsync(new OutboxEntry(order.Id, order.CreatedAt), default);
        }

        await using var after = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions { DynamoDbEndpoint = fixture.DynamoDb.Endpoint, TableName = table, StateDirectory = state });
        var settled = await SettledAsync(after, ShopperToken(after, order.CustomerId), order.Id);

        settled["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        (await StockAsync(after, product)).Should().Be(2);
    }

    [Fact]
    public async Task AMessageThatCanNeverSucceed_EndsInTheDeadLetterQueue_WhereAdminsSeeAndRedriveIt()
    {
        var stack = await StackAsync();
        var admin = (await stack.Identity.SignInAsync("admin@gitgoods.local")).IdToken;
        var queues = stack.Services.GetRequiredService<StackQueues>().Provisioned;
        var sqs = stack.Services.GetRequiredService<IAmazonSQS>();
        var marker = "not an order " + Guid.NewGuid().ToString("N");
        await sqs.SendMessageAsync(queues.QueueUrl, marker);

        JsonObject? letter = null;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await SendAsync(stack, HttpMethod.Get, "/api/admin/dead-letters?limit=100", admin);
            letter = (await JsonAsync(response))["items"]!.AsArray().Select(i => i!.AsObject()).FirstOrDefault(i => i["orderId"] is null && i["error"]?.GetValue<string>() is not null);
            return letter is not null;
        }, TimeSpan.FromSeconds(90), "the message reaches the dead-letter queue after its last receive");

        letter!["receiveCount"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(5);
        letter["error"]!.GetValue<string>().Should().Be("The message does not name an order.");
        using (var forShopper = await SendAsync(stack, HttpMethod.Get, "/api/admin/dead-letters", ShopperToken(stack, "nosy")))
        {
            ((int)forShopper.StatusCode).Should().Be(403);
        }

        using var redrive = await SendAsync(stack, HttpMethod.Post, "/api/admin/dead-letters/redrive", admin);
        ((int)redrive.StatusCode).Should().Be(202);
        (await JsonAsync(redrive))["redriven"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        var attributes = await sqs.GetQueueAttributesAsync(queues.DeadLetterQueueUrl, ["ApproximateNumberOfMessages"]);
        attributes.ApproximateNumberOfMessages.Should().Be(0, "redrive moved it back to the order queue");
    }

    private static async Task<Order> NewOrderAsync(FunctionServices services, string productId, int quantity, TimeSpan placedAgo)
    {
        var product = (await services.FreshProductCatalog.FindAsync(productId, default))!;
        var customer = "fault-" + Guid.NewGuid().ToString("N");
        var id = OrderIds.From(customer, "k");
        var at = DateTimeOffset.UtcNow - placedAgo;
        var personal = new OrderPersonalData(new ShippingDetails("Ada", "+6591234567", new ShippingAddress("1 Road", null, "Singapore", "123456", "SG"), null), "pm_card_visa");
        return new Order
        {
            Id = id,
            CustomerId = customer,
            Status = OrderStatus.Pending,
            Lines = [new OrderLine(product.Id, product.Title, product.Platform, product.SellerId, product.Price, quantity)],
            PersonalData = await personal.SealAsync(services.PersonalData, id, default),
            History = [new StatusChange(OrderStatus.Pending, at)],
            CreatedAt = at,
            UpdatedAt = at,
        };
    }

    private static Task<SendMessageResponse> SendToQueueAsync(LocalEnvironmentHost stack, string orderId) =>
        stack.Services.GetRequiredService<IAmazonSQS>().SendMessageAsync(
            stack.Services.GetRequiredService<StackQueues>().Provisioned.QueueUrl, SqsOrderHandOff.Body(orderId));

    private static Task QueueDrainedAsync(LocalEnvironmentHost stack)
    {
        var sqs = stack.Services.GetRequiredService<IAmazonSQS>();
        var url = stack.Services.GetRequiredService<StackQueues>().Provisioned.QueueUrl;
        return Eventually.HoldsAsync(async () =>
        {
            var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
            {
                QueueUrl = url, AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
            });
            return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible == 0;
        }, SettleDeadline, "every copy of the message is processed");
    }

    /// <summary>Runs the real steps, and after <paramref name="step"/> completes, dies as the process would (no further step runs).</summary>
    private sealed class CrashAfter(string step, ITaskInvoker inner) : ITaskInvoker
    {
        private bool _crashed;

        public async Task<JsonNode?> InvokeAsync(TaskResource resource, JsonNode? parameters, CancellationToken cancellationToken)
        {
            if (_crashed)
            {
                throw new WorkflowTaskException("Sandbox.ProcessExit", "The process died.");
            }

            var result = await inner.InvokeAsync(resource, parameters, cancellationToken);
            _crashed = resource is LambdaFunction lambda && lambda.FunctionName == step;
            return result;
        }
    }
}
