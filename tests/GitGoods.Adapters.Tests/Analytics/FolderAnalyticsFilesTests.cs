using GitGoods.Adapters.Analytics;

namespace GitGoods.Adapters.Tests.Analytics;

public sealed class FolderAnalyticsFilesTests : IDisposable
{
    private readonly FolderAnalyticsFiles _files = new(Path.Combine(Path.GetTempPath(), "gitgoods-lake-" + Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        if (Directory.Exists(_files.Root))
        {
            Directory.Delete(_files.Root, recursive: true);
        }
    }

    [Fact]
    public async Task Put_ReplacesTheFile_LeavingNoTemporaryFiles_AndExistsSeesIt()
    {
        const string key = "lake/order_lines/dt=2026-12-04/1-2.parquet";

        var before = await _files.ExistsAsync(key, CancellationToken.None);
        await _files.PutAsync(key, new byte[] { 1, 2, 3 }, "application/vnd.apache.parquet", CancellationToken.None);
        await _files.PutAsync(key, new byte[] { 9 }, "application/vnd.apache.parquet", CancellationToken.None);

        before.Should().BeFalse();
        (await _files.ExistsAsync(key, CancellationToken.None)).Should().BeTrue();
        (await File.ReadAllBytesAsync(_files.PathOf(key))).Should().Equal(9);
        Directory.EnumerateFiles(_files.Root, "*", SearchOption.AllDirectories).Should().ContainSingle();
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("lake/../../escape")]
    [InlineData("lake//double")]
    [InlineData("lake\\back")]
    public async Task KeysOutsideTheLake_AreRefused(string key)
    {
        var put = () => _files.PutAsync(key, new byte[] { 1 }, "text/plain", CancellationToken.None);
        var exists = () => _files.ExistsAsync(key, CancellationToken.None);

        await put.Should().ThrowAsync<ArgumentException>();
        await exists.Should().ThrowAsync<ArgumentException>();
    }
}
