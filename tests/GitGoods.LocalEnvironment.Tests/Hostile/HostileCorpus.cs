using System.Text;

namespace GitGoods.LocalEnvironment.Tests.Hostile;

/// <summary>
/// The fixed corpus of hostile values, in wire form: what goes on the request line (already percent-encoded, or
/// deliberately badly: these strings are written byte for byte, Latin-1), into a header, or as a body.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Values for a path segment or a query value, exactly as they go on the request line.</summary>
    public static IReadOnlyList<string> WireValues { get; } =
    [
        new string('a', 2048),                  // past DynamoDB's 1 KB sort key and 2 KB partition key
        new string('a', 65536),                 // 64 KB: past Kestrel's request line limit (414)
        "%00", "abc%00def", "%01%1F%7F", "%0D%0AX-Injected:%201", "%09",
        "\0", "a\tb",                           // raw control bytes on the request line
        "%", "%ZZ", "%C3%28", "%C0%AF", "%E0%80%AF", "%ED%A0%80", "%FF%FE", "%F4%90%80%80",   // bad escapes, overlong and invalid UTF-8
        "%E2%80%AE", "%E2%80%8B", "%EF%BB%BF", "%D8%A7%D9%84%E2%80%8F", "%F0%9F%92%A9",      // RTL override, zero-width, BOM, RTL text, emoji
        "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%2Fb", "PRODUCT%23ACTIVE", "%23", "%3F",        // traversal and key separators
        "'%20OR%201%3D1--", "%7B%22%24ne%22%3Anull%7D", "%24where", "1;DROP%20TABLE%20x", "%3Cscript%3E",
        "99999999999999999999999999", "-1", "-0", "1e999", "NaN", "Infinity", "0x10", "1.5", "%2B1",
        "%5B%5D", "%7B%7D", "null", "true", "%20", "",
    ];

    /// <summary>Header values, as raw bytes (some are not ASCII, some hold control characters).</summary>
    public static IReadOnlyList<byte[]> HeaderValues { get; } =
    [
        Latin1(new string('a', 2048)),
        Latin1(new string('a', 65536)),         // past Kestrel's header size limit (431)
        Latin1("a\0b"), Latin1("a\u0001b"), Latin1("a\rb"), Latin1("\t"), Latin1(" "),
        [0xE9], Encoding.UTF8.GetBytes("\u202Eabc\u200B"), [0xC3, 0x28], [0xFF, 0xFE],
        Latin1("%ZZ"), Latin1("' OR 1=1 --"), Latin1("{\"$ne\":null}"), Latin1("[]"), Latin1("{}"),
        Latin1("-1"), Latin1("1e999"), Latin1("NaN"), Latin1("../../etc/passwd"), Latin1("\"*\""), Latin1("W/\"1\", \"2\""),
        Latin1(new string('"', 300)),
    ];

    /// <summary>Extra values for <c>Authorization</c>: bearer shapes a token parser could trip on.</summary>
    public static IReadOnlyList<byte[]> AuthorizationValues { get; } =
    [
        Latin1("Bearer"), Latin1("Bearer "), Latin1("Bearer " + new string('a', 9000)), Latin1("Bearer a.b.c"), Latin1("Bearer ..."),
        Latin1("Bearer " + Segment("1") + ".e30.AAAA"), Latin1("Bearer " + Segment("[]") + "." + Segment("[]") + ".AAAA"),
        Latin1("Bearer " + Segment("{\"alg\":\"RS256\",\"alg\":\"none\"}") + ".e30.AAAA"),
        Latin1("Bearer " + Segment("{\"alg\":\"RS256\",\"kid\":{\"a\":1}}") + ".e30.AAAA"),
        Latin1("Bearer " + Segment(new string('[', 5000)) + ".e30.AAAA"),
        Latin1("Basic dXNlcjpwYXNz"), Latin1("Bearer a.b.c.d.e"), Latin1("Bearer %%%.%%%.%%%"),
    ];

    /// <summary>JSON bodies of the wrong shape or type, broken JSON and bytes that are not UTF-8.</summary>
    public static IReadOnlyList<byte[]> Bodies { get; } =
    [
        Utf8("[]"), Utf8("\"text\""), Utf8("123"), Utf8("1e999"), Utf8("NaN"), Utf8("null"), Utf8("true"),
        Utf8("{\"quantity\":\"2\"}"), Utf8("{\"quantity\":1e999}"), Utf8("{\"quantity\":-1}"), Utf8("{\"quantity\":99999999999999999999}"),
        Utf8("{\"quantity\":[1]}"), Utf8("{\"quantity\":{\"$gt\":0}}"), Utf8("{\"quantity\":1.5}"),
        Utf8("{\"title\":{\"a\":1},\"platform\":null,\"description\":[],\"price\":\"cheap\",\"stock\":[],\"images\":\"x\"}"),
        Utf8("{\"title\":\"t\",\"platform\":\"p\",\"description\":\"d\",\"price\":{\"amount\":1e999,\"currency\":{\"$ne\":null}},\"stock\":-5}"),
        Utf8("{\"status\":[\"ACTIVE\"],\"price\":{\"amount\":\"5\",\"currency\":\"\\u0000\"}}"),
        Utf8("{\"items\":\"all\",\"shipping\":[],\"payment\":7}"),
        Utf8("{\"items\":[{\"productId\":{\"S\":\"x\"},\"quantity\":\"NaN\"}],\"shipping\":{\"name\":1,\"phone\":[],\"address\":\"x\"},\"payment\":{\"method\":\"card\",\"token\":null}}"),
        Utf8(new string('[', 10000) + new string(']', 10000)),
        Utf8("{\"quantity\":"), Utf8("{\"a\":\"\\ud800\"}"), [0x7B, 0xFF, 0xFE, 0x7D], Utf8("{\"title\":\"" + new string('a', 70000) + "\"}"),
    ];

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Segment(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
