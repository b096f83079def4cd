using System.Text.Json.Nodes;
using GitGoods.Domain.Accounts;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>
/// One table (tests/password-policy-cases.json) of sample passwords and Cognito's verdict, checked against the
/// domain's policy, the running stack's SignUp and its /config.json; the Infrastructure tests check the same file
/// against the user pool in the CDK template, and the SPA's vitest against the sign-up form.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class PasswordPolicyParityTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public void Table_CoversEveryRule()
    {
        var cases = PasswordPolicyCases.All;

        cases.Select(c => c.Password.Length).Should().Contain([11, 12, 256, 257]);
        cases.Where(c => !c.Valid).Select(c => c.Reason).Should().Contain(["not long enough", "uppercase", "lowercase", "numeric", "symbol", "too long"]);
        cases.Should().Contain(c => c.Valid && c.Password.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void DomainPolicy_GivesEveryVerdict()
    {
        foreach (var sample in PasswordPolicyCases.All)
        {
            var violation = PasswordPolicy.Violation(sample.Password);

            if (sample.Valid)
            {
                violation.Should().BeNull(sample.Name);
            }
            else
            {
                violation.Should().Contain(sample.Reason, sample.Name);
            }
        }
    }

    [Fact]
    public async Task LocalSignUp_GivesEveryVerdict()
    {
        foreach (var sample in PasswordPolicyCases.All)
        {
            var (status, body) = await fixture.Stack.Identity.SignUpAsync($"policy-{Guid.NewGuid():N}@example.test", sample.Password, "Policy");

            if (sample.Valid)
            {
                status.Should().Be(200, sample.Name);
            }
            else
            {
                status.Should().Be(400, sample.Name);
                body["__type"]!.GetValue<string>().Should().Be("InvalidPasswordException", sample.Name);
                body["message"]!.GetValue<string>().Should().Contain(sample.Reason, sample.Name);
            }
        }
    }

    [Fact]
    public async Task ConfigJson_StatesTheTablesPolicy()
    {
        var config = JsonNode.Parse(await fixture.Client.GetStringAsync("/config.json"))!["passwordPolicy"]!.AsObject();

        foreach (var (name, value) in PasswordPolicyCases.Policy)
        {
            JsonNode.DeepEquals(config[name], value).Should().BeTrue(name);
        }
    }
}
