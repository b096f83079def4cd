using GitGoods.Analytics.Lake;

namespace GitGoods.Functions.Tests.Analytics.Lake;

public sealed class CsvLineTests
{
    [Fact]
    public void PlainValues_AreWrittenBare_AndTheLineEndsWithLf()
    {
        CsvLine.Format(["a", "", "b c"]).Should().Be("a,,b c\n");
    }

    [Fact]
    public void ValuesWithCommasQuotesOrLineBreaks_AreQuoted_WithQuotesDoubled()
    {
        CsvLine.Format(["a,b", "say \"hi\"", "two\nlines", "cr\r"]).Should().Be("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\n");
    }
}
