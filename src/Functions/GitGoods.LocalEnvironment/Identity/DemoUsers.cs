using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity;

/// <summary>
/// The demo users seeded on the first start (docs/local-environment.md), with fixed subs so seeded data can name them:
/// the demo catalogue's products belong to <see cref="SellerSub"/>.
/// </summary>
public static class DemoUsers
{
    public const string Password = "GitGoods!2026";
    public const string ShopperSub = "7d1f6a2e-0000-4000-8000-000000000001";
    public const string SellerSub = "7d1f6a2e-0000-4000-8000-000000000002";
    public const string AdminSub = "7d1f6a2e-0000-4000-8000-000000000003";
    public const string AnalystSub = "7d1f6a2e-0000-4000-8000-000000000004";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new(ShopperSub, "shopper@gitgoods.local", "Demo Shopper", null),
        new(SellerSub, "seller@gitgoods.local", "Demo Seller", GitGoods.Identity.Groups.Sellers),
        new(AdminSub, "admin@gitgoods.local", "Demo Admin", GitGoods.Identity.Groups.Admins),
        new(AnalystSub, "analyst@gitgoods.local", "Demo Analyst", GitGoods.Identity.Groups.Business),
    ];

    /// <summary>Adds every demo user that is missing (by e-mail); returns how many were added.</summary>
    public static async Task<int> SeedAsync(UserStore users, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(time);
        var missing = await users.ReadAsync(all => All.Where(d => !all.ContainsKey(d.Email)).ToList(), cancellationToken);
        if (missing.Count == 0)
        {
            return 0;
        }

        var hashed = missing.Select(d => d.ToStoredUser(PasswordHasher.Hash(Password), time.GetUtcNow())).ToList();
        return await users.WriteAsync(all => hashed.Count(u => all.TryAdd(u.Username, u)), cancellationToken);
    }
}

/// <summary>One demo user: fixed sub, e-mail (the username), display name and group.</summary>
public sealed record DemoUser(string Sub, string Email, string Name, string? Group)
{
    public StoredUser ToStoredUser(string passwordHash, DateTimeOffset now) => new()
    {
        Sub = Sub,
        Username = Email,
        Email = Email,
        Name = Name,
        PasswordHash = passwordHash,
        Confirmed = true,
        Groups = Group is null ? [] : [Group],
        CreatedAt = now,
    };
}
