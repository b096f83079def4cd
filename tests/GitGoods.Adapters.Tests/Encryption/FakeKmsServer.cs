using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>
/// KMS's JSON protocol on 127.0.0.1 (GenerateDataKey and Decrypt only), so the real SDK client marshals real requests.
/// The blob is the data key sealed under an in-memory key with the encryption context bound in, as KMS does.
/// </summary>
public sealed class FakeKmsServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _masterKey = RandomNumberGenerator.GetBytes(32);
    private readonly Task _loop;

    private FakeKmsServer(int port)
    {
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<(string Target, JsonElement Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    private readonly List<(string Target, JsonElement Body)> _requests = [];

    public static Task<FakeKmsServer> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return Task.FromResult(new FakeKmsServer(port));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var target = context.Request.Headers["X-Amz-Target"] ?? "";
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            using var body = JsonDocument.Parse(await reader.ReadToEndAsync());
            lock (_requests)
            {
                _requests.Add((target, body.RootElement.Clone()));
            }

            var (status, answer) = Answer(target, body.RootElement);
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int Status, string Body) Answer(string target, JsonElement request)
    {
        var aad = Encoding.UTF8.GetBytes(request.TryGetProperty("EncryptionContext", out var c) ? c.GetRawText() : "");
        using var aes = new AesGcm(_masterKey, 16);
        switch (target)
        {
            case "TrentService.GenerateDataKey":
                var key = RandomNumberGenerator.GetBytes(32);
                var blob = new byte[12 + 32 + 16];
                RandomNumberGenerator.Fill(blob.AsSpan(0, 12));
                aes.Encrypt(blob.AsSpan(0, 12), key, blob.AsSpan(12, 32), blob.AsSpan(44), aad);
                return (200, JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["KeyId"] = FakeKms.KeyArn, ["Plaintext"] = Convert.ToBase64String(key), ["CiphertextBlob"] = Convert.ToBase64String(blob),
                }));
            case "TrentService.Decrypt":
                var sealedKey = Convert.FromBase64String(request.GetProperty("CiphertextBlob").GetString()!);
                var plain = new byte[32];
                try
                {
                    aes.Decrypt(sealedKey.AsSpan(0, 12), sealedKey.AsSpan(12, 32), sealedKey.AsSpan(44), plain, aad);
                }
                catch (CryptographicException)
                {
                    return (400, """{"__type":"InvalidCiphertextException","message":""}""");
                }

                return (200, JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["KeyId"] = FakeKms.KeyArn, ["Plaintext"] = Convert.ToBase64String(plain), ["EncryptionAlgorithm"] = "SYMMETRIC_DEFAULT",
                }));
            default:
                return (400, """{"__type":"UnsupportedOperationException","message":"not faked"}""");
        }
    }
}
