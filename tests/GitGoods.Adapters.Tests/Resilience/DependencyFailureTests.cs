using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.SQS;
using GitGoods.Adapters.Resilience;
using GitGoods.Domain.Payments;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GitGoods.Adapters.Tests.Resilience;

/// <summary>Which failures are a dependency that cannot answer now (503) and which are bugs (a function error).</summary>
public class DependencyFailureTests
{
    public static TheoryData<string, Exception> Transient() => new()
    {
        { "DynamoDB throttled", new ProvisionedThroughputExceededException("slow down") { ErrorCode = "ProvisionedThroughputExceededException", StatusCode = HttpStatusCode.BadRequest } },
        { "DynamoDB request limit", new RequestLimitExceededException("limit") { ErrorCode = "RequestLimitExceeded", StatusCode = HttpStatusCode.BadRequest } },
        { "DynamoDB 500", new InternalServerErrorException("boom") { ErrorCode = "InternalServerError", StatusCode = HttpStatusCode.InternalServerError } },
        { "DynamoDB 503", new AmazonDynamoDBException("unavailable") { StatusCode = HttpStatusCode.ServiceUnavailable } },
        { "DynamoDB transaction throttled", new TransactionCanceledException("cancelled")
            { StatusCode = HttpStatusCode.BadRequest, CancellationReasons = [new CancellationReason { Code = "None" }, new CancellationReason { Code = "ThrottlingError" }] } },
        { "SQS throttled", new AmazonSQSException("throttled") { ErrorCode = "RequestThrottled", StatusCode = HttpStatusCode.BadRequest } },
        { "SQS 500", new AmazonSQSException("internal") { ErrorCode = "InternalFailure", StatusCode = HttpStatusCode.InternalServerError } },
        { "KMS throttled", new Amazon.KeyManagementService.Model.LimitExceededException("throttled") { ErrorCode = "ThrottlingException", StatusCode = HttpStatusCode.BadRequest } },
        { "KMS internal", new KMSInternalException("internal") { ErrorCode = "KMSInternalException", StatusCode = HttpStatusCode.InternalServerError } },
        { "KMS key unavailable", new KeyUnavailableException("unavailable") { ErrorCode = "KeyUnavailableException", StatusCode = HttpStatusCode.InternalServerError } },
        { "connection refused", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)) },
        { "socket error", new SocketException((int)SocketError.ConnectionReset) },
        { "reset mid-response", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)) },
        { "response ended", new HttpIOException(HttpRequestError.ResponseEnded, "ended") },
        { "timeout", new TimeoutException("slow") },
        { "HttpClient timeout", new TaskCanceledException("timed out", new TimeoutException("100 s")) },
        { "circuit open", new BrokenCircuitException("open") },
        { "attempt timed out", new TimeoutRejectedException("slow") },
        { "payment provider down", new PaymentUnavailableException("provider down") },
        { "wrapped by the SDK", new AmazonDynamoDBException("wrapped", new HttpRequestException("refused")) },
        { "wrapped twice", new InvalidOperationException("outer", new AggregateException(new BrokenCircuitException("open"))) },
    };

    public static TheoryData<string, Exception> Bugs() => new()
    {
        { "null reference", Thrown(() => _ = NullText()!.Length) },
        { "bad argument", Thrown(() => RequireName(NullText())) },
        { "out of range", Thrown(() => RequireQuantity(-1)) },
        { "invalid operation", new InvalidOperationException("TABLE_NAME is not set") },
        { "validation", new AmazonDynamoDBException("ValidationException") { ErrorCode = "ValidationException", StatusCode = HttpStatusCode.BadRequest } },
        { "no table", new ResourceNotFoundException("no table") { ErrorCode = "ResourceNotFoundException", StatusCode = HttpStatusCode.BadRequest } },
        { "access denied", new AmazonKeyManagementServiceException("denied") { ErrorCode = "AccessDeniedException", StatusCode = HttpStatusCode.BadRequest } },
        { "key disabled", new DisabledException("disabled") { ErrorCode = "DisabledException", StatusCode = HttpStatusCode.BadRequest } },
        { "transaction conflict on a condition", new TransactionCanceledException("cancelled")
            { StatusCode = HttpStatusCode.BadRequest, CancellationReasons = [new CancellationReason { Code = "ConditionalCheckFailed" }] } },
        { "file missing", new FileNotFoundException("keys.json") },
        { "plain IO", new IOException("disk") },
        { "cancelled", new OperationCanceledException() },
        { "bug wrapping a bug", new InvalidOperationException("outer", Thrown(() => _ = NullText()!.Length)) },
    };

    private static string? NullText() => null;

    private static void RequireName(string? name) => ArgumentException.ThrowIfNullOrEmpty(name);

    private static void RequireQuantity(int quantity) => ArgumentOutOfRangeException.ThrowIfNegative(quantity);

    private static Exception Thrown(Action bug)
    {
        try
        {
            bug();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("The bug did not throw.");
    }

    [Theory]
    [MemberData(nameof(Transient))]
    public void AnUnavailableOrThrottledDependency_IsTransient(string what, Exception exception) =>
        DependencyFailure.IsTransient(exception).Should().BeTrue(what);

    [Theory]
    [MemberData(nameof(Bugs))]
    public void ABugOrARefusedRequest_IsNotTransient(string what, Exception exception) =>
        DependencyFailure.IsTransient(exception).Should().BeFalse(what);
}
