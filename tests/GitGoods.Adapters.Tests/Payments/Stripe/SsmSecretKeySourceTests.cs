using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using GitGoods.Adapters.Payments.Stripe;
using GitGoods.Domain.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>The secret key read from SSM's JSON protocol (a local stand-in on Kestrel, driven by the real SDK client).</summary>
public sealed class SsmSecretKeySourceTests : IAsyncLifetime, IDisposable
{
    private const string Parameter = "/gitgoods/stripe/secret-key";
    private const string Key = "sk_test_fromSsm0123456789";
    private readonly List<JsonElement> _requests = [];
    private readonly Queue<(int Status, string Body)> _answers = new();
    private WebApplication _app = null!;
    private AmazonSimpleSystemsManagementClient _ssm = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            lock (_requests)
            {
                _requests.Add(body.RootElement.Clone());
            }

            var (status, answer) = _answers.TryDequeue(out var next) ? next : (200, $$$"""{"Parameter":{"Name":"{{{Parameter}}}","Type":"SecureString","Value":"{{{Key}}}","Version":1}}""");
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.WriteAsync(answer);
        });
        await _app.StartAsync();
        _ssm = new AmazonSimpleSystemsManagementClient(new BasicAWSCredentials("test", "test"),
            new AmazonSimpleSystemsManagementConfig { ServiceURL = _app.Urls.First(), AuthenticationRegion = "ap-southeast-1", MaxErrorRetry = 0 });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _ssm?.Dispose();

    [Fact]
    public async Task GetAsync_ReadsTheParameterDecryptedOnce_AndKeepsItInMemory()
    {
        using var source = new SsmSecretKeySource(_ssm, Parameter);

        var keys = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => source.GetAsync(default).AsTask()));

        keys.Should().OnlyContain(k => k == Key);
        var request = _requests.Should().ContainSingle().Subject;
        request.GetProperty("Name").GetString().Should().Be(Parameter);
        request.GetProperty("WithDecryption").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task GetAsync_AMissingParameter_IsAConfigurationErrorNamingIt()
    {
        _answers.Enqueue((400, """{"__type":"ParameterNotFound","message":"not found"}"""));
        using var source = new SsmSecretKeySource(_ssm, Parameter);

        var act = () => source.GetAsync(default).AsTask();

        await act.Should().ThrowAsync<PaymentConfigurationException>().WithMessage($"*{Parameter}*");
    }

    [Fact]
    public async Task GetAsync_AFailedRead_IsUnavailable_AndNotCached()
    {
        _answers.Enqueue((500, """{"__type":"InternalServerError","message":"boom"}"""));
        using var source = new SsmSecretKeySource(_ssm, Parameter);

        var first = () => source.GetAsync(default).AsTask();
        await first.Should().ThrowAsync<PaymentUnavailableException>();

        (await source.GetAsync(default)).Should().Be(Key);
        _requests.Should().HaveCount(2);
    }
}
