namespace GitGoods.Infrastructure.Operations.Canary;

/// <summary>
/// The environment variables that hand a <see cref="ShopJourneyCanary"/>'s settings to its handler: <c>VARIABLES</c> in
/// <c>src/Infrastructure/canary/nodejs/node_modules/shop-journey-canary.js</c> (a test keeps the two lists equal).
/// </summary>
public static class CanaryVariables
{
    public const string BaseUrl = "GITGOODS_BASE_URL";
    public const string OriginVerifyParameter = "GITGOODS_ORIGIN_VERIFY_PARAMETER";
    public const string UserPoolId = "GITGOODS_USER_POOL_ID";
    public const string ClientId = "GITGOODS_USER_POOL_CLIENT_ID";
    public const string ShopperSecret = "GITGOODS_SHOPPER_SECRET_ID";
    public const string ShippingPhone = "GITGOODS_SHIPPING_PHONE";
    public const string AcceptDeclinedPayment = "GITGOODS_ACCEPT_DECLINED_PAYMENT";

    public static IReadOnlyList<string> All { get; } =
        [BaseUrl, OriginVerifyParameter, UserPoolId, ClientId, ShopperSecret, ShippingPhone, AcceptDeclinedPayment];
}
