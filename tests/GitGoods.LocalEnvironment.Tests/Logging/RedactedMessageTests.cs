using GitGoods.LocalEnvironment.Logging;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Tests.Logging;

public sealed class RedactedMessageTests
{
    [Fact]
    public void StructuredValues_UnderSensitiveKeys_AreMaskedWhateverTheyHold()
    {
        var sink = new ListSink();
        var logger = new RedactingLoggerProvider(sink, TimeProvider.System).CreateLogger("Test");

        TestLog.UserSignedIn(logger, "Ada Lovelace", "plain-opaque-refresh-token", 42);

        sink.Lines.Single().Should().Contain("[REDACTED]").And.Contain("42").And.NotContain("Ada").And.NotContain("plain-opaque");
    }

    [Fact]
    public void FreeText_AndExceptions_AreScannedForEmailsPhonesAndTokens()
    {
        var sink = new ListSink();
        var logger = new RedactingLoggerProvider(sink, TimeProvider.System).CreateLogger("Test");

        logger.LogError(new InvalidOperationException("failed for someone@example.test"), "Calling with {Header}", "Bearer abc.def.ghi");
        logger.LogInformation("Phone +6591234567 and {{literal}} braces");

        sink.Lines[0].Should().NotContain("someone@example.test").And.NotContain("abc.def.ghi").And.Contain("InvalidOperationException");
        sink.Lines[1].Should().NotContain("91234567").And.Contain("{literal}");
    }

    private sealed class ListSink : ILogSink
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(string line) => Lines.Add(line);
    }
}

internal static partial class TestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in {Name} with {RefreshToken} after {Milliseconds} ms")]
    public static partial void UserSignedIn(ILogger logger, string name, string refreshToken, int milliseconds);
}
