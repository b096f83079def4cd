namespace GitGoods.Identity;

/// <summary>The Cognito groups Git Goods knows. Every signed-in user is a shopper; groups add rights.</summary>
public static class Groups
{
    public const string Sellers = "sellers";
    public const string Admins = "admins";
    public const string Business = "business";
}
