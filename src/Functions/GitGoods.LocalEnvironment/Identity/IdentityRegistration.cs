using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Identity;

/// <summary>Registers the local user pool: its key and users under <c>&lt;state&gt;/identity</c>, tokens and the Cognito API.</summary>
public static class IdentityRegistration
{
    public static IServiceCollection AddLocalIdentity(this IServiceCollection services, LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<StackAddress>();
        services.AddSingleton(_ => SigningKey.LoadOrCreate(options.IdentityDirectory));
        services.AddSingleton(_ => new UserStore(options.IdentityDirectory));
        services.AddSingleton(sp =>
        {
            var address = sp.GetRequiredService<StackAddress>();
            return new TokenValidator(sp.GetRequiredService<SigningKey>(), () => address.Issuer, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp =>
        {
            var address = sp.GetRequiredService<StackAddress>();
            return new TokenIssuer(sp.GetRequiredService<SigningKey>(), () => address.Issuer, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(_ => AdminCredentials.LoadOrCreate(options.IdentityDirectory));
        services.AddSingleton<AdminSignature>();
        services.AddSingleton<SignedInUser>();
        services.AddSingleton(sp => new AccountActions(sp.GetRequiredService<UserStore>(), sp.GetRequiredService<SignedInUser>(),
            sp.GetRequiredService<TimeProvider>(), options.IdentityAutoConfirm));
        services.AddSingleton<SignInActions>();
        services.AddSingleton<PasswordActions>();
        services.AddSingleton<SessionActions>();
        services.AddSingleton<CognitoEndpoint>();
        return services;
    }
}
