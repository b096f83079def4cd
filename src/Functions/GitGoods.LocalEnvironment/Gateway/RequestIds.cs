using System.Security.Cryptography;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>Request ids in API Gateway's form: short base64 strings such as "JKJaXmPLvHcESHA=".</summary>
internal static class RequestIds
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(11));
}
