using System.Net.Sockets;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using GitGoods.Domain.Payments;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GitGoods.Adapters.Resilience;

/// <summary>
/// Tells a dependency that is down or throttling (DynamoDB, SQS, KMS, the payment provider) from a bug: the first is
/// answered 503 with <c>Retry-After</c>, the second stays a function error. Only adapters know the AWS SDK's and Polly's
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

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Count > 1)
            {
                return aggregate.InnerExceptions.Any(IsTransient);
            }
        }

        return false;
    }

    private static bool IsTransientItself(Exception e) => e switch
    {
        PaymentUnavailableException => true,
        // The circuit around an AWS client is open, or one attempt took too long (AwsClientResilience).
        BrokenCircuitException or TimeoutRejectedException => true,
        HttpRequestException or SocketException or TimeoutException => true,
        // A connection closed mid-response (a reset is an IOException wrapping a SocketException, found above).
        HttpIOException => true,
        TransactionCanceledException cancelled => cancelled.CancellationReasons?.Any(r => ThrottledReasons.Contains(r.Code ?? "")) == true,
        AmazonServiceException service => (int)service.StatusCode >= 500 || Throttling.Contains(service.ErrorCode ?? ""),
        _ => false,
    };

    /// <summary>Error codes of AWS services that mean "throttled or briefly unavailable; the same request may succeed later".</summary>
    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        // DynamoDB
        "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded", "LimitExceededException",
        "InternalServerError",
        // SQS
        "RequestThrottled", "KmsThrottled", "AWS.SimpleQueueService.RequestThrottled",
        // KMS
        "KMSInternalException", "KeyUnavailableException", "DependencyTimeoutException",
        // Any service
        "Throttling", "TooManyRequestsException", "ServiceUnavailable", "InternalFailure", "SlowDown",
    };

    /// <summary>Why DynamoDB may cancel a transaction through no fault of the request.</summary>
    private static readonly HashSet<string> ThrottledReasons = new(StringComparer.Ordinal)
    {
        "ThrottlingError", "ProvisionedThroughputExceeded",
    };
}
