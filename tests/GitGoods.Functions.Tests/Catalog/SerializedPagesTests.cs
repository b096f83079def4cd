using System.Text;
using GitGoods.Catalog;
using GitGoods.Http;

namespace GitGoods.Functions.Tests.Catalog;

/// <summary>Serialized answers are kept per version of what they were built from, and only that long.</summary>
public sealed class SerializedPagesTests
{
    private int _builds;

    [Fact]
    public void SameVersionAndKey_IsServedWithoutBuildingAgain()
    {
        var pages = new SerializedPages<object>();
        var version = new object();

        var first = pages.GetOrAdd(version, "a", Build);
        var second = pages.GetOrAdd(version, "a", Build);

        second.Should().BeSameAs(first);
        _builds.Should().Be(1);
    }

    [Fact]
    public void ANewVersion_BuildsAfresh_AndAnotherKeyIsItsOwnPage()
    {
        var pages = new SerializedPages<object>();
        var old = pages.GetOrAdd(new object(), "a", Build);

        var fresh = pages.GetOrAdd(new object(), "a", Build);
        var other = pages.GetOrAdd(new object(), "b", Build);

        fresh.Should().NotBeSameAs(old);
        other.Should().NotBeSameAs(fresh);
        _builds.Should().Be(3);
    }

    [Fact]
    public void PastCapacity_AnswersAreBuiltPerRequest_NotKept()
    {
        var pages = new SerializedPages<object>(capacity: 2);
        var version = new object();
        pages.GetOrAdd(version, "a", Build);
        pages.GetOrAdd(version, "b", Build);

        var third = pages.GetOrAdd(version, "c", Build);
        var again = pages.GetOrAdd(version, "c", Build);

        again.Should().NotBeSameAs(third);
        pages.GetOrAdd(version, "a", Build);
        _builds.Should().Be(4, "a and b stay kept; c is built each time");
    }

    [Fact]
    public void ABody_IsItsJsonAsTextAndUtf8_WithAHashTag()
    {
        var body = SerializedBody.Of(new MoneyResponse(1999, "EUR"), FunctionsJsonContext.Default.MoneyResponse);
        var same = SerializedBody.Of(new MoneyResponse(1999, "EUR"), FunctionsJsonContext.Default.MoneyResponse);
        var other = SerializedBody.Of(new MoneyResponse(2999, "EUR"), FunctionsJsonContext.Default.MoneyResponse);

        body.Text.Should().Be("""{"amount":1999,"currency":"EUR"}""");
        body.Utf8.Should().Equal(Encoding.UTF8.GetBytes(body.Text));
        body.ETag.Should().MatchRegex("^\"[0-9a-f]{32}\"$").And.Be(same.ETag).And.NotBe(other.ETag);
        SerializedBody.Of(new MoneyResponse(1, "EUR"), FunctionsJsonContext.Default.MoneyResponse, "\"v7\"").ETag.Should().Be("\"v7\"");
    }

    private SerializedBody Build()
    {
        _builds++;
        return SerializedBody.Of(new MoneyResponse(_builds, "EUR"), FunctionsJsonContext.Default.MoneyResponse);
    }
}
