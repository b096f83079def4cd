using System.Text;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Http;

namespace GitGoods.Functions.Tests.Http;

public class RequestBodyTests
{
    [Fact]
    public void TryRead_Base64Body_IsDecoded()
    {
        var request = Requests.Get("/api/cart/items/p");
        request.Body = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"quantity\":2}"));
        request.IsBase64Encoded = true;

        RequestBody.TryRead(request, out var bytes, out _).Should().BeTrue();

        Encoding.UTF8.GetString(bytes!).Should().Be("{\"quantity\":2}");
    }

    [Fact]
    public void TryRead_OneByteOver64KiB_Is413Problem()
    {
        var request = Requests.Get("/api/seller/products");
        request.Body = new string('x', RequestBody.MaxBytes + 1);

        RequestBody.TryRead(request, out _, out var problem).Should().BeFalse();

        problem!.StatusCode.Should().Be(413);
        problem.Headers!["content-type"].Should().Be("application/problem+json");
    }

    [Fact]
    public void TryRead_Exactly64KiB_IsAccepted()
    {
        var request = Requests.Get("/api/seller/products");
        request.Body = new string('x', RequestBody.MaxBytes);

        RequestBody.TryRead(request, out _, out _).Should().BeTrue();
    }

    [Fact]
    public void TryRead_InvalidBase64_Is400()
    {
        var request = Requests.Get("/api/seller/products");
        request.Body = "%%%";
        request.IsBase64Encoded = true;

        RequestBody.TryRead(request, out _, out var problem).Should().BeFalse();

        problem!.StatusCode.Should().Be(400);
    }
}
