using GitGoods.Adapters.Analytics;

namespace GitGoods.Adapters.Tests.Analytics;

public class ParquetEncoderTests
{
    [Fact]
    public async Task Encode_WritesAParquetFile()
    {
        var bytes = await ParquetEncoder.EncodeAsync(
            [ParquetColumn.Text("a", ["x", null]), ParquetColumn.BigInt("b", [1, 2]), ParquetColumn.Boolean("c", [true, false]),
             ParquetColumn.TimestampUtc("d", [DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch])], CancellationToken.None);

        bytes.AsSpan(0, 4).ToArray().Should().Equal("PAR1"u8.ToArray());
        bytes.AsSpan(bytes.Length - 4).ToArray().Should().Equal("PAR1"u8.ToArray());
    }

    [Fact]
    public async Task ColumnsOfDifferentLengths_NoColumns_OrTwoWithOneName_AreRefused()
    {
        var ragged = () => ParquetEncoder.EncodeAsync([ParquetColumn.BigInt("a", [1]), ParquetColumn.BigInt("b", [1, 2])], CancellationToken.None);
        var none = () => ParquetEncoder.EncodeAsync([], CancellationToken.None);
        var twice = () => ParquetEncoder.EncodeAsync([ParquetColumn.BigInt("a", [1]), ParquetColumn.Text("a", ["x"])], CancellationToken.None);

        await ragged.Should().ThrowAsync<ArgumentException>();
        await none.Should().ThrowAsync<ArgumentException>();
        await twice.Should().ThrowAsync<ArgumentException>();
    }
}
