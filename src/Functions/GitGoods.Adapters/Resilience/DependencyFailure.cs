using Amazon.Runtime;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Resilience;

/// <summary>
/// Tells a dependency that is down or throttling (DynamoDB, SQS, KMS, the payment provider) from a bug: the first is
/// answered 503 with <c>Retry-After</c>, the second stays a function error. Only adapters know the AWS SDK's
/// exceptions, so the classification lives here.
/// </summary>
public static class DependencyFailure
{
    /// <summary>True when <paramref name="exception"/>, or any exception it wraps, says a dependency could not answer now.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (IsTransientItself(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransientItself(Exception e) => e switch
    {
        PaymentUnavailableException => true,
        HttpRequestException => true,
        System.Net.Sockets.SocketException => true,
        TimeoutException => true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || Throttling.Contains(service.ErrorCode ?? ""),
        _ => false,
    };

    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        "ProvisionedThroughputExceededException", "ThrottlingException", "Throttling", "RequestLimitExceeded",
        "LimitExceededException", "TooManyRequestsException", "KMSInternalException", "KeyUnavailableException",
        "DependencyTimeoutException", "ServiceUnavailable", "InternalServerError", "InternalFailure",
    };
}
