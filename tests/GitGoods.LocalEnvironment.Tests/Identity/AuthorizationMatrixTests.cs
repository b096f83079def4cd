using System.Net;
using System.Text;
using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>
/// Every HTTP route of <see cref="FunctionManifest"/> × every <see cref="Principal"/>, each its own test case,
/// against a real stack of its own (so routes that change data cannot disturb other tests).
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class AuthorizationMatrixTests(LocalEnvironmentFixture fixture)
{
    public static TheoryData<string, Principal> Cases => AuthorizationMatrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_AnswersEachPrincipalAsItsAccessRequires(string routeKey, Principal who)
    {
        var route = FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>().Single(r => r.RouteKey == routeKey);
        var expected = AuthorizationMatrix.Expected(route.Access, who);
        var (stack, principals) = await fixture.MatrixAsync();
        var method = route.Method == "ANY" ? "GET" : route.Method;
        using var request = new HttpRequestMessage(new HttpMethod(method), AuthorizationMatrix.PathFor(route.Path));
        if (principals.AuthorizationFor(who) is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        using var response = await stack.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        var cell = $"{routeKey} ({route.Access}) as {who}";
        switch (expected)
        {
            case Outcome.Unauthorized:
                response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, cell);
                body.Should().Be("""{"message":"Unauthorized"}""", cell);
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", cell);
                break;
            case Outcome.UnauthorizedByFunction:
                response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, cell);
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", cell);
                break;
            case Outcome.Forbidden:
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, cell);
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", cell);
                break;
            default:
                ((int)response.StatusCode).Should().NotBe(401, cell).And.NotBe(403, cell).And.BeLessThan(500, cell);
                break;
        }
    }

    [Fact]
    public void ARouteAccessTheMatrixDoesNotKnow_FailsLoudly()
    {
        var expected = () => AuthorizationMatrix.Expected((RouteAccess)42, Principal.Shopper);

        expected.Should().Throw<InvalidOperationException>().WithMessage("*RouteAccess.42*AuthorizationMatrix.Expected*");
    }

    [Fact]
    public void APathParameterWithoutASampleValue_FailsWithWhatToAdd()
    {
        var path = () => AuthorizationMatrix.PathFor("/api/widgets/{widgetId}");

        path.Should().Throw<InvalidOperationException>().WithMessage("*{widgetId}*AuthorizationMatrix.SampleValues*");
    }

    [Fact]
    public void EveryPrincipalKind_HasAnExpectationForEveryAccess()
    {
        foreach (var access in Enum.GetValues<RouteAccess>())
        {
            foreach (var who in Enum.GetValues<Principal>())
            {
                var expected = () => AuthorizationMatrix.Expected(access, who);
                expected.Should().NotThrow();
            }
        }

        AuthorizationMatrix.Expected(RouteAccess.Sellers, Principal.Shopper).Should().Be(Outcome.Forbidden);
        AuthorizationMatrix.Expected(RouteAccess.Admins, Principal.AnotherSeller).Should().Be(Outcome.Forbidden);
        AuthorizationMatrix.Expected(RouteAccess.SignedIn, Principal.ExpiredToken).Should().Be(Outcome.Unauthorized);
        AuthorizationMatrix.Expected(RouteAccess.OptionalIdentity, Principal.Anonymous).Should().Be(Outcome.Allowed);
        AuthorizationMatrix.Expected(RouteAccess.OptionalIdentity, Principal.Shopper).Should().Be(Outcome.Allowed);
        AuthorizationMatrix.Expected(RouteAccess.OptionalIdentity, Principal.ForeignKeyToken).Should().Be(Outcome.UnauthorizedByFunction);
    }
}
