using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>Reads a JWT's header and payload without verifying it, to assert on what a token carries.</summary>
internal static class TokenParts
{
    public static JsonObject Payload(string token) => Part(token, 1);

    public static JsonObject Header(string token) => Part(token, 0);

    private static JsonObject Part(string token, int index) =>
        JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[index]))!.AsObject();
}
