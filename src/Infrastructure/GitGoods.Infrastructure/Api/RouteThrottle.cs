namespace GitGoods.Infrastructure.Api;

/// <summary>
/// API Gateway's token bucket for one route: <paramref name="RateLimit"/> requests a second sustained, and up to
/// <paramref name="BurstLimit"/> at once. Past either, API Gateway answers 429 without calling the function.
/// </summary>
public sealed record RouteThrottle(double RateLimit, int BurstLimit);
