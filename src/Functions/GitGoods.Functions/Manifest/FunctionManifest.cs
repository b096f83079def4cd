using GitGoods.Adapters.Orders;
using GitGoods.Analytics;
using GitGoods.Analytics.Delivery;
using GitGoods.Analytics.ExportOrderLines;
using GitGoods.Analytics.ExportSalesDaily;
using GitGoods.Analytics.Lake;
using GitGoods.Analytics.RollupSales;
using GitGoods.Analytics.SalesReports;
using GitGoods.Cart;
using GitGoods.Catalog.ProductImages;
using GitGoods.Catalog.SellerProducts;
using GitGoods.Cart.ClearCart;
using GitGoods.Cart.GetCart;
using GitGoods.Cart.MergeCart;
using GitGoods.Cart.RemoveCartItem;
using GitGoods.Cart.SetCartItem;
using GitGoods.Catalog.CreateProduct;
using GitGoods.Catalog.DeleteProduct;
using GitGoods.Catalog.GetProduct;
using GitGoods.Catalog.ListPlatforms;
using GitGoods.Catalog.ListProducts;
using GitGoods.Catalog.ListSellerProducts;
using GitGoods.Catalog.UpdateProduct;
using GitGoods.Composition;
using GitGoods.Health;
using GitGoods.Hosting.Http;
using GitGoods.Http;
using GitGoods.Identity;
using GitGoods.Identity.GetProfile;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.EventBridge;
using GitGoods.Orders.AdminOrders;
using GitGoods.Orders.CancelOrder;
using GitGoods.Orders.Fulfilment;
using GitGoods.Orders.GetOrder;
using GitGoods.Orders.ListOrders;
using GitGoods.Orders.PlaceOrder;
using GitGoods.Orders.SellerOrders;
using GitGoods.Orders.ShipOrder;
using GitGoods.Routing.UnmatchedRoute;
using GitGoods.WaitingRoom;

namespace GitGoods.Manifest;

/// <summary>
/// Every function of Git Goods. Adding an endpoint is one entry here plus one handler:
/// the CDK app and the local environment both build from this list.
/// </summary>
public static class FunctionManifest
{
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        Http("Health", "GET", "/api/health", RouteAccess.Public, DataAccess.None, _ => new HealthHandler())
            with { MemoryMb = 128, Description = "Liveness of the API." },
        new FunctionDefinition(UnmatchedRouteFunction, new DefaultRouteTrigger(), DataAccess.None,
            s => new HttpFunction(new OriginVerification(s.Settings.OriginVerify, new UnmatchedRouteHandler(HttpRoutes()))))
            { MemoryMb = 128, Description = "The API's $default route: 404, or 405 with Allow for a known path, as problem+json." },
        Http("Readiness", "GET", "/api/health/ready", RouteAccess.Public, DataAccess.None with { Readiness = true },
            s => new ReadinessHandler(s.ReadinessChecks, s.Time))
            with { MemoryMb = 256, Description = "Readiness: each dependency (table, queue, keys, payments) up or down; 503 while one is down." },
        Http("ListProducts", "GET", "/api/products", RouteAccess.Public, DataAccess.ReadTable with { CachedCatalogReads = true }, s => new ListProductsHandler(s.ProductSearch))
            with { Description = "A page of ACTIVE products, searched, filtered and sorted." },
        Http("GetProduct", "GET", "/api/products/{id}", RouteAccess.Public, DataAccess.ReadTable with { CachedCatalogReads = true }, s => new GetProductHandler(s.ProductCatalog))
            with { Description = "One product by id." },
        Http("ListPlatforms", "GET", "/api/platforms", RouteAccess.Public, DataAccess.ReadTable with { CachedCatalogReads = true }, s => new ListPlatformsHandler(s.ProductCatalog))
            with { Description = "Platforms with their ACTIVE product counts." },
        Http("GetProfile", "GET", "/api/me", RouteAccess.SignedIn, DataAccess.None, _ => new GetProfileHandler())
            with { MemoryMb = 128, Description = "The signed-in caller: id, e-mail, name, groups." },
        Http("ListSellerProducts", "GET", "/api/seller/products", RouteAccess.Sellers, DataAccess.ReadTable, s => new ListSellerProductsHandler(s.FreshProductCatalog))
            with { Description = "The seller's own products, every status." },
        Http("GetCart", "GET", "/api/cart", RouteAccess.OptionalIdentity, DataAccess.ReadTable, s => new GetCartHandler(Carts(s)))
            with { Description = "The caller's cart (anonymous by X-Cart-Id, or the signed-in user's), priced now." },
        Http("SetCartItem", "PUT", "/api/cart/items/{productId}", RouteAccess.OptionalIdentity, DataAccess.ReadWriteTable, s => new SetCartItemHandler(Carts(s)))
            with { Description = "Sets one cart line's quantity (0 removes it)." },
        Http("RemoveCartItem", "DELETE", "/api/cart/items/{productId}", RouteAccess.OptionalIdentity, DataAccess.ReadWriteTable, s => new RemoveCartItemHandler(Carts(s)))
            with { Description = "Removes one cart line." },
        Http("ClearCart", "DELETE", "/api/cart", RouteAccess.OptionalIdentity, DataAccess.ReadWriteTable, s => new ClearCartHandler(Carts(s)))
            with { Description = "Deletes the caller's cart." },
        Http("MergeCart", "POST", "/api/cart/merge", RouteAccess.SignedIn, DataAccess.ReadWriteTable, s => new MergeCartHandler(Carts(s)))
            with { Description = "Adds the anonymous cart to the signed-in user's and deletes it." },
        Http("CreateProduct", "POST", "/api/seller/products", RouteAccess.Sellers,
            DataAccess.ReadWriteTable with { Platforms = true, Images = ImageAccess.Attach },
            s => new CreateProductHandler(s.ProductWriter, s.Settings.Platforms, s.Time, s.ProductImages))
            with { Description = "A seller adds a product." },
        Http("UpdateProduct", "PATCH", "/api/seller/products/{id}", RouteAccess.Sellers,
            DataAccess.ReadWriteTable with { Platforms = true, Images = ImageAccess.Attach },
            s => new UpdateProductHandler(s.FreshProductCatalog, s.ProductWriter, s.Settings.Platforms, s.Time, s.ProductImages))
            with { Description = "A seller changes their product (If-Match for optimistic concurrency)." },
        Http("CreateImageUpload", "POST", "/api/seller/images", RouteAccess.Sellers, DataAccess.None with { Images = ImageAccess.SignUploads },
            s => new CreateImageUploadHandler(s.ImageStore, s.Time))
            with { MemoryMb = 256, Description = "A pre-signed PUT for one product image (JPEG, PNG or WebP, at most 2 MB)." },
        Http("DeleteProduct", "DELETE", "/api/seller/products/{id}", RouteAccess.Sellers, DataAccess.ReadWriteTable,
            s => new DeleteProductHandler(s.FreshProductCatalog, s.ProductWriter, s.Time))
            with { Description = "A seller unlists their product." },

        // Orders: placed synchronously, taken to CONFIRMED or REJECTED by the order workflow.
        Http(PlaceOrderHandler.FunctionName, "POST", "/api/orders", RouteAccess.SignedIn,
            DataAccess.ReadWriteTable with
            {
                Idempotency = true, PersonalData = PersonalDataAccess.Seal | PersonalDataAccess.Open, SendsOrders = true, WaitingRoom = WaitingRoomAccess.OrderGuard,
            },
            s => new WaitingRoomGuard(s.ActiveSales, s.WaitingLine, s.CartStore, s.Time,
                new PlaceOrderHandler(s.Idempotency, new OrderPlacement(s.CartStore, s.CartProducts, s.Orders, s.OrderOutbox, s.OrderHandOff, s.PersonalData, s.Time))))
            with
            {
                MemoryMb = 1024, ReservedConcurrency = ConcurrencyBudget.PlaceOrder,
                Description = "Places an order (Idempotency-Key), priced from the product catalogue; 202 PENDING.",
            },
        Http("ListOrders", "GET", "/api/orders", RouteAccess.SignedIn, DataAccess.ReadTable, s => new ListOrdersHandler(s.Orders))
            with { Description = "The caller's orders, newest first." },
        Http("GetOrder", "GET", "/api/orders/{id}", RouteAccess.SignedIn, DataAccess.ReadTable with { PersonalData = PersonalDataAccess.Open },
            s => new GetOrderHandler(s.Orders, s.PersonalData))
            with { Description = "One of the caller's orders (admins: any), with shipping details." },
        Http("CancelOrder", "POST", "/api/orders/{id}/cancel", RouteAccess.SignedIn, DataAccess.ReadWriteTable with { PersonalData = PersonalDataAccess.Open, Payments = true },
            s => new CancelOrderHandler(s.Orders, s.Payments, s.PersonalData, s.Time))
            with { Description = "Cancels a PENDING or CONFIRMED order: stock released, payment voided." },
        Http("ListSellerOrders", "GET", "/api/seller/orders", RouteAccess.Sellers, DataAccess.ReadTable, s => new ListSellerOrdersHandler(s.Orders))
            with { Description = "Orders holding the seller's products, newest first." },
        Http("ShipOrder", "POST", "/api/seller/orders/{id}/ship", RouteAccess.Sellers, DataAccess.ReadWriteTable with { Payments = true },
            s => new ShipOrderHandler(new OrderShipment(s.Orders, s.Payments, s.Time)))
            with { Description = "A seller ships a CONFIRMED order: its payment is captured, then it is SHIPPED." },
        Http("DeliverOrder", "POST", "/api/seller/orders/{id}/deliver", RouteAccess.Sellers, DataAccess.ReadWriteTable,
            s => new FulfilOrderHandler(s.Orders, OrderStatus.Delivered, s.Time))
            with { Description = "A seller marks a SHIPPED order DELIVERED." },
        Http("ListAllOrders", "GET", "/api/admin/orders", RouteAccess.Admins, DataAccess.ReadTable, s => new ListAllOrdersHandler(s.Orders))
            with { Description = "Every order (or one status), newest first." },
        Http("ListDeadLetters", "GET", "/api/admin/dead-letters", RouteAccess.Admins, DataAccess.ReadTable with { DeadLetters = true },
            s => new ListDeadLettersHandler(s.DeadLetters, s.Orders))
            with { Description = "Order messages that failed every retry, with their errors." },
        Http("RedriveDeadLetters", "POST", "/api/admin/dead-letters/redrive", RouteAccess.Admins, DataAccess.None with { DeadLetters = true },
            s => new RedriveDeadLettersHandler(s.DeadLetters))
            with { Description = "Sends the dead letters back to the order queue." },

        // The sales-day waiting room (docs/waiting-room.md); in its own nested stack on AWS.
        Http("ListActiveSales", "GET", "/api/waiting-room", RouteAccess.Public, DataAccess.ReadTable with { WaitingRoom = WaitingRoomAccess.Sales },
            s => new ListActiveSalesHandler(s.WaitingRoomStore, s.Time))
            with { MemoryMb = 256, Description = "The sales active now, with how many shoppers wait in each line." },
        Http("JoinWaitingRoom", "POST", "/api/waiting-room/{saleId}/positions", RouteAccess.SignedIn, DataAccess.ReadWriteTable with { WaitingRoom = WaitingRoomAccess.Line },
            s => new JoinLineHandler(s.WaitingLine))
            with { MemoryMb = 256, Description = "Joins a sale's line (idempotent per shopper): a signed place, admitted at once when there is room." },
        Http("CheckInWaitingRoom", "GET", "/api/waiting-room/{saleId}/position", RouteAccess.SignedIn, DataAccess.ReadWriteTable with { WaitingRoom = WaitingRoomAccess.Line },
            s => new CheckInHandler(s.WaitingLine))
            with { MemoryMb = 256, Description = "A waiting shopper's check-in (X-Position-Token): keeps the place, moves the line, returns the status." },
        Http("PutSale", "PUT", "/api/admin/sales/{saleId}", RouteAccess.Admins, DataAccess.ReadWriteTable with { WaitingRoom = WaitingRoomAccess.Sales },
            s => new PutSaleHandler(s.WaitingRoomStore, s.Time))
            with { MemoryMb = 256, Description = "Creates or changes a sale (capacity and rate take effect at once)." },
        Http("ListSales", "GET", "/api/admin/sales", RouteAccess.Admins, DataAccess.ReadTable with { WaitingRoom = WaitingRoomAccess.Sales },
            s => new ListSalesHandler(s.WaitingRoomStore, s.Time))
            with { MemoryMb = 256, Description = "Every sale with its line's counters." },
        Http("EndSale", "DELETE", "/api/admin/sales/{saleId}", RouteAccess.Admins, DataAccess.ReadWriteTable with { WaitingRoom = WaitingRoomAccess.Sales },
            s => new EndSaleHandler(s.WaitingRoomStore))
            with { MemoryMb = 256, Description = "Ends a sale now." },

        // The order workflow's steps (see Orders/Fulfilment/OrderWorkflow.cs) and the outbox relay.
        Step(OrderWorkflow.ReserveStock, ConcurrencyBudget.OrderStep, DataAccess.ReadWriteTable, s => new ReserveStockStep(s.Orders),
            "Reserves every line's stock in one transaction."),
        Step(OrderWorkflow.AuthorizePayment, ConcurrencyBudget.PaymentStep, DataAccess.ReadWriteTable with { PersonalData = PersonalDataAccess.Open, Payments = true },
            s => new AuthorizePaymentStep(s.Orders, s.Payments, s.PersonalData), "Authorises the payment."),
        Step(OrderWorkflow.ConfirmOrder, ConcurrencyBudget.OrderStep, DataAccess.ReadWriteTable with { PersonalData = PersonalDataAccess.Open },
            s => new ConfirmOrderStep(s.Orders, s.CartStore, s.PersonalData, s.Time), "Confirms the order and empties the ordered cart lines."),
        Step(OrderWorkflow.ReleaseStock, ConcurrencyBudget.CompensationStep, DataAccess.ReadWriteTable, s => new ReleaseStockStep(s.Orders),
            "Compensation: releases held stock."),
        Step(OrderWorkflow.VoidPayment, ConcurrencyBudget.CompensationStep, DataAccess.ReadWriteTable with { Payments = true }, s => new VoidPaymentStep(s.Payments),
            "Compensation: voids the authorisation."),
        Step(OrderWorkflow.RejectOrder, ConcurrencyBudget.CompensationStep, DataAccess.ReadWriteTable, s => new RejectOrderStep(s.Orders, s.Time),
            "Ends the order REJECTED with a reason."),
        Step(OrderWorkflow.RecordFailure, ConcurrencyBudget.CompensationStep, DataAccess.ReadWriteTable, s => new RecordFailureStep(s.Orders, s.Time),
            "Records why the workflow failed."),
        new FunctionDefinition("RelayOrderOutbox", new ScheduleTrigger("rate(1 minute)", LocalEverySeconds: 2),
            DataAccess.ReadWriteTable with { SendsOrders = true },
            s => new EventBridgeFunction(new RelayOrderOutboxHandler(s.OrderOutbox, s.OrderHandOff, s.Time)))
            { ReservedConcurrency = ConcurrencyBudget.OutboxRelay, Description = "Hands off placed orders whose hand-off did not happen (the outbox relay)." },

        // Analytics: order changes from the table's stream keep the sales rollups, which the seller report reads.
        new FunctionDefinition(RollupSalesHandler.FunctionName, new TableStreamTrigger(OrderImages.ItemType), DataAccess.ReadWriteTable,
            s => new DynamoDbStreamFunction(new RollupSalesHandler(s.SalesLedger)))
            { TimeoutSeconds = 20, Description = "Keeps the per seller, day and product sales rollups from order changes, each counted once." },
        Http("GetSalesReport", "GET", "/api/seller/reports/sales", RouteAccess.Sellers, DataAccess.ReadTable,
            s => new GetSalesReportHandler(s.SellerSales, s.ShopCalendar, ProductInputRules.ShopCurrency, s.Time))
            with { Description = "A seller's net sales by shop day, with totals and the top and bottom products (admins: any seller)." },

        // Delivery metrics: every CodePipeline execution state change becomes one CSV row of the lake (docs/delivery-metrics.md).
        new FunctionDefinition(PipelineEventRecorder.FunctionName,
            new EventRuleTrigger(PipelineEventTypes.Source, PipelineEventTypes.DetailTypes) { DetailFilter = PipelineEventTypes.DetailFilter },
            DataAccess.None with { AnalyticsWritePrefix = LakeTables.PipelineEvents.Prefix },
            s => new EventBridgeFunction(new PipelineEventRecorder(s.AnalyticsFiles)))
            { MemoryMb = 256, Description = "Records each CodePipeline pipeline, stage and action state change as a CSV row of the lake." },

        // Analytics: the business team's lake (docs/analytics-lake.md).
        new FunctionDefinition("ExportOrderLines", new TableStreamTrigger(OrderImages.ItemType),
            DataAccess.None with { AnalyticsWritePrefix = LakeTables.OrderLines.Prefix },
            s => new DynamoDbStreamFunction(new ExportOrderLinesHandler(s.AnalyticsFiles, s.ShopCalendar)))
            { Description = "Appends each order change's lines (no personal data) to the lake's order_lines table as Parquet." },
        new FunctionDefinition("ExportSalesDaily", new ScheduleTrigger("rate(15 minutes)", LocalEverySeconds: 10),
            DataAccess.ReadTable with { AnalyticsWritePrefix = LakeTables.SalesDaily.Prefix },
            s => new EventBridgeFunction(new ExportSalesDailyHandler(s.SalesRollups, s.AnalyticsFiles, s.ShopCalendar, s.Time)))
            { TimeoutSeconds = 29, Description = "Exports the last 35 shop days of sales rollups to the lake's sales_daily table as Parquet." },
    ];

    /// <summary>The name of the <see cref="DefaultRouteTrigger"/> function, which answers every request no route took.</summary>
    public const string UnmatchedRouteFunction = "UnmatchedRoute";

    /// <summary>The function named <paramref name="name"/> (the Lambda <c>_HANDLER</c>), or null.</summary>
    public static FunctionDefinition? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private static FunctionDefinition Step(string name, int reservedConcurrency, DataAccess data, Func<FunctionServices, IOrderStep> step, string description) =>
        new(name, new WorkflowStepTrigger(), data, services => new OrderStepFunction(step(services)))
        {
            ReservedConcurrency = reservedConcurrency,
            Description = description,
        };

    private static List<HttpRouteTrigger> HttpRoutes() => [.. All.Select(f => f.Trigger).OfType<HttpRouteTrigger>()];

    private static CartPricing Carts(FunctionServices services) => new(services.CartStore, services.CartProducts, services.Time);

    /// <summary>
    /// An HTTP function: its handler always sits behind the <see cref="AccessGuard"/> of its route, that behind
    /// <see cref="RequestBounds"/> and <see cref="OriginVerification"/>, so a request that did not come through CloudFront
    /// or carries a hostile value reaches neither; <see cref="DependencyFaults"/> turns a dependency outage into 503.
    /// </summary>
    private static FunctionDefinition Http(string name, string method, string path, RouteAccess who, DataAccess data,
        Func<FunctionServices, IHttpHandler> handler) =>
        new(name, new HttpRouteTrigger(method, path, who), data,
            services => new HttpFunction(new DependencyFaults(new OriginVerification(services.Settings.OriginVerify, new RequestBounds(
                new AccessGuard(who, handler(services), who == RouteAccess.OptionalIdentity ? services.TokenVerifier : null))))));
}
