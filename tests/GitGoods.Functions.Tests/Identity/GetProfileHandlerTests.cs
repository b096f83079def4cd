using System.Text.Json;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Identity.GetProfile;

namespace GitGoods.Functions.Tests.Identity;

public class GetProfileHandlerTests
{
    [Fact]
    public async Task Handle_ReturnsTheCallerFromTheVerifiedClaims()
    {
        var request = Requests.SignedIn(Requests.Get("/api/me"), "u-7", "sellers", "admins");

        var response = await new GetProfileHandler().HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(200);
        response.Headers!["cache-control"].Should().Be("private, no-store");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("id").GetString().Should().Be("u-7");
        body.RootElement.GetProperty("email").GetString().Should().Be("u-7@example.test");
        body.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetString()).Should().Equal("admins", "sellers");
    }
}
