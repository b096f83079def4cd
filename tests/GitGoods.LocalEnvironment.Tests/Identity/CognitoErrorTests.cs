using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>Every refusal of the Cognito endpoint is a Cognito-shaped 400, never a 500.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CognitoErrorTests(LocalEnvironmentFixture fixture)
{
    [Theory]
    [InlineData("SignUp", """{"ClientId":"gitgoodslocalspaclient0001","Username":"x@example.test","Password":"Corr3ct-Horse!"}""", "InvalidParameterException")]
    [InlineData("SignUp", """{"ClientId":"gitgoodslocalspaclient0001","Username":"not-an-email","Password":"Corr3ct-Horse!","UserAttributes":[{"Name":"name","Value":"N"}]}""", "InvalidParameterException")]
    [InlineData("SignUp", """{"ClientId":"gitgoodslocalspaclient0001","Username":"y@example.test","Password":"Corr3ct-Horse!","UserAttributes":[{"Name":"name","Value":"N"},{"Name":"custom:role","Value":"admin"}]}""", "InvalidParameterException")]
    [InlineData("SignUp", """{"ClientId":"gitgoodslocalspaclient0001","Username":"z@example.test","Password":"Corr3ct-Horse!","UserAttributes":[{"Name":"name","Value":"N"},{"Name":"phone_number","Value":"12345"}]}""", "InvalidParameterException")]
    [InlineData("InitiateAuth", """{"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"wrongclient","AuthParameters":{"USERNAME":"a","PASSWORD":"b"}}""", "ResourceNotFoundException")]
    [InlineData("InitiateAuth", """{"AuthFlow":"USER_SRP_AUTH","ClientId":"gitgoodslocalspaclient0001","AuthParameters":{}}""", "InvalidParameterException")]
    [InlineData("InitiateAuth", """{"AuthFlow":"REFRESH_TOKEN_AUTH","ClientId":"gitgoodslocalspaclient0001","AuthParameters":{"REFRESH_TOKEN":"forged"}}""", "NotAuthorizedException")]
    [InlineData("GetUser", """{"AccessToken":"eyJhbGciOiJub25lIn0.e30."}""", "NotAuthorizedException")]
    [InlineData("AdminAddUserToGroup", """{"UserPoolId":"ap-southeast-1_GitGoodsLocal","Username":"shopper@gitgoods.local","GroupName":"superusers"}""", "MissingAuthenticationTokenException")]
    [InlineData("AdminConfirmSignUp", """{"UserPoolId":"ap-southeast-1_GitGoodsLocal","Username":"nobody@example.test"}""", "MissingAuthenticationTokenException")]
    [InlineData("DeleteUserPool", """{}""", "UnknownOperationException")]
    [InlineData("SignUp", """{not json""", "SerializationException")]
    [InlineData("SignUp", """[1,2]""", "SerializationException")]
    public async Task BadRequests_AreCognitoShaped400s(string action, string body, string errorType)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cognito/") { Content = content };
        request.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + action);

        using var response = await fixture.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-amz-json-1.1");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        error["__type"]!.GetValue<string>().Should().Be(errorType);
        error["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task UnconfirmedUser_IsRefusedUntilConfirmed()
    {
        await using var stack = await LocalEnvironmentHost.StartAsync(fixture.DynamoDb.Endpoint, fixture.TableName, "--identity-auto-confirm", "false");
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.test";

        var (_, signUp) = await stack.Identity.SignUpAsync(email, "Corr3ct-Horse!", "Not Yet");
        var refused = () => stack.Identity.SignInAsync(email, "Corr3ct-Horse!");
        await refused.Should().ThrowAsync<InvalidOperationException>().WithMessage("*UserNotConfirmedException*");
        var (confirmed, _) = await stack.Identity.CallAsync("ConfirmSignUp", new JsonObject
        {
            ["ClientId"] = UserPool.ClientId, ["Username"] = email, ["ConfirmationCode"] = "123456",
        });

        signUp["UserConfirmed"]!.GetValue<bool>().Should().BeFalse();
        confirmed.Should().Be(200);
        (await stack.Identity.SignInAsync(email, "Corr3ct-Horse!")).IdToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task ConcurrentSignUps_AreAllKept()
    {
        var emails = Enumerable.Range(0, 8).Select(i => $"concurrent-{i}-{Guid.NewGuid():N}@example.test").ToList();

        var results = await Task.WhenAll(emails.Select(e => fixture.Stack.Identity.SignUpAsync(e, "Corr3ct-Horse!", "Parallel")));
        var signIns = await Task.WhenAll(emails.Select(e => fixture.Stack.Identity.SignInAsync(e, "Corr3ct-Horse!")));

        results.Should().OnlyContain(r => r.Status == 200);
        signIns.Should().HaveCount(emails.Count);
    }
}
