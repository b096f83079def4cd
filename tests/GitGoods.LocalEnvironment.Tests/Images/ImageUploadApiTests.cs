using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.Domain.Catalog.Images;
using GitGoods.LocalEnvironment.Tests.Catalog;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Images;

/// <summary>
/// Seller images over real HTTP on a stack of its own: the upload API, the pre-signed PUT to the stack's /local/s3 (which
/// checks it and stores the body in the S3 emulator), the attach on product create/PATCH, and the CDN path.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ImageUploadApiTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task Upload_Attach_Serve_Replace_Remove_TheWholeRoundTrip()
    {
        var stack = await fixture.OwnStackAsync("images");
        var seller = await SellerProductsApiTests.TokenAsync(stack, "seller@gitgoods.local");
        var png = Png(4096);

        var first = await UploadAsync(stack, seller, png, "image/png");
        var id = await CreateProductAsync(stack, seller, first);

        using var served = await stack.Client.GetAsync(first);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(png);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (served.Headers.CacheControl!.Public, served.Headers.CacheControl.MaxAge).Should().Be((true, TimeSpan.FromDays(365)));
        served.Headers.CacheControl.Extensions.Select(e => e.Name).Should().Contain("immutable");

        var jpeg = Jpeg(2048);
        var second = await UploadAsync(stack, seller, jpeg, "image/jpeg");
        using var replaced = await PatchAsync(stack, seller, id, $$"""{"images":["{{second}}"]}""");
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stack.Client.GetByteArrayAsync(second)).Should().Equal(jpeg);
        using (var gone = await stack.Client.GetAsync(first))
        {
            gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        using var removed = await PatchAsync(stack, seller, id, """{"images":[]}""");
        removed.StatusCode.Should().Be(HttpStatusCode.OK);
        using var afterRemove = await stack.Client.GetAsync(second);
        afterRemove.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var product = await stack.Client.GetAsync("/api/products/" + id);
        JsonNode.Parse(await product.Content.ReadAsStringAsync())!["images"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Curl_WithATamperedSignature_OrAnotherType_IsRefusedWithS3sXmlErrors_AndStoresNothing()
    {
        var stack = await fixture.OwnStackAsync("images");
        var seller = await SellerProductsApiTests.TokenAsync(stack, "seller@gitgoods.local");
        var file = Path.Combine(Path.GetTempPath(), "upload-" + Guid.NewGuid().ToString("N") + ".png");
        await File.WriteAllBytesAsync(file, Png(1000));
        try
        {
            var (uploadUrl, imageUrl) = await RequestUploadAsync(stack, seller, "image/png", 1000);
            var tampered = uploadUrl[..^1] + (uploadUrl[^1] == '0' ? '1' : '0');

            var refused = await CurlPutAsync(tampered, file, "image/png");
            var otherType = await CurlPutAsync(uploadUrl, file, "image/jpeg");
            var accepted = await CurlPutAsync(uploadUrl, file, "image/png");

            refused.Should().StartWith("403").And.Contain("<Code>SignatureDoesNotMatch</Code>");
            otherType.Should().StartWith("403").And.Contain("<Code>SignatureDoesNotMatch</Code>");
            accepted.Should().StartWith("200");
            imageUrl.Should().StartWith("/images/products/");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Put_OfMoreThan2MB_IsEntityTooLarge_EvenWithAValidSignature()
    {
        var stack = await fixture.OwnStackAsync("images");
        var functions = stack.Services.GetRequiredService<GitGoods.Composition.FunctionServices>();
        var big = Png((int)ImageFormats.MaxBytes + 1);
        var url = functions.ImageStore.PresignPut("uploads/someone/" + Guid.NewGuid().ToString("N"), "image/png", big.Length, DateTimeOffset.UtcNow.AddMinutes(5));

        using var content = new ByteArrayContent(big);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var response = await stack.Client.PutAsync(url, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>EntityTooLarge</Code>");
    }

    [Fact]
    public async Task Attach_OfAnUploadThatIsNoImage_Returns422NamingIt()
    {
        var stack = await fixture.OwnStackAsync("images");
        var seller = await SellerProductsApiTests.TokenAsync(stack, "seller@gitgoods.local");
        var text = Encoding.UTF8.GetBytes("this is not a picture at all");
        var imageUrl = await UploadAsync(stack, seller, text, "image/png");

        using var created = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller, ProductJson(imageUrl));

        created.StatusCode.Should().Be((HttpStatusCode)422);
        var images = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["errors"]!["images"]![0]!.GetValue<string>();
        images.Should().Contain(imageUrl).And.Contain("is not a JPEG, PNG or WebP image");
    }

    private static async Task<string> UploadAsync(LocalEnvironmentHost stack, string token, byte[] body, string type)
    {
        var (uploadUrl, imageUrl) = await RequestUploadAsync(stack, token, type, body.Length);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var put = await stack.Client.PutAsync(uploadUrl, content);
        put.StatusCode.Should().Be(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        return imageUrl;
    }

    private static async Task<(string UploadUrl, string ImageUrl)> RequestUploadAsync(LocalEnvironmentHost stack, string token, string type, long length)
    {
        using var response = await SendAsync(stack, HttpMethod.Post, "/api/seller/images", token, $$"""{"contentType":"{{type}}","contentLength":{{length}}}""");
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var uploadUrl = body["uploadUrl"]!.GetValue<string>();
        uploadUrl.Should().StartWith(stack.BaseAddress.ToString().TrimEnd('/') + "/local/s3/gitgoods-images/uploads/");
        return (uploadUrl, body["imageUrl"]!.GetValue<string>());
    }

    private static async Task<string> CreateProductAsync(LocalEnvironmentHost stack, string token, string imageUrl)
    {
        using var created = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", token, ProductJson(imageUrl));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var product = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        product["images"]![0]!.GetValue<string>().Should().Be(imageUrl);
        return product["id"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> PatchAsync(LocalEnvironmentHost stack, string token, string id, string json) =>
        SendAsync(stack, HttpMethod.Patch, "/api/seller/products/" + id, token, json);

    private static string ProductJson(string imageUrl) =>
        $$"""{"title":"Painted Dragons","platform":"PC","price":{"amount":2500,"currency":"SGD"},"stock":2,"images":["{{imageUrl}}"]}""";

    private static async Task<HttpResponseMessage> SendAsync(LocalEnvironmentHost stack, HttpMethod method, string path, string token, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await stack.Client.SendAsync(request);
    }

    private static async Task<string> CurlPutAsync(string url, string file, string type)
    {
        var result = await ExternalProgram.RunAsync("curl",
            ["-sS", "-X", "PUT", "--data-binary", "@" + file, "-H", "Content-Type: " + type, "-w", "\n%{http_code}", url], TimeSpan.FromSeconds(30));
        result.ExitCode.Should().Be(0, result.Stderr);
        var lines = result.Stdout.TrimEnd().Split('\n');
        return lines[^1] + " " + string.Join('\n', lines[..^1]);
    }

    private static byte[] Png(int length) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, length - 8).Select(i => (byte)i)];

    private static byte[] Jpeg(int length) => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, length - 4).Select(i => (byte)(i * 7))];
}
