using GitGoods.LocalEnvironment.Site;

namespace GitGoods.LocalEnvironment.Tests.Site;

public sealed class WebRootFilesTests
{
    [Fact]
    public void SpaBuiltAfterStart_IsFound_WithoutARestart()
    {
        var root = Path.Combine(Path.GetTempPath(), "gitgoods-web-late-" + Guid.NewGuid().ToString("N"));
        using var files = new WebRootFiles(root);
        try
        {
            files.HasIndex.Should().BeFalse();
            files.GetFileInfo("/index.html").Exists.Should().BeFalse();

            Directory.CreateDirectory(root);
            File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html>");

            files.HasIndex.Should().BeTrue();
            files.GetFileInfo("/index.html").Exists.Should().BeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void PathsOutsideTheRoot_AndDotFiles_AreNeverFound()
    {
        var root = Directory.CreateTempSubdirectory("gitgoods-web-").FullName;
        using var files = new WebRootFiles(Path.Combine(root, "dist"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "dist"));
            File.WriteAllText(Path.Combine(root, "secret.txt"), "not for the browser");
            File.WriteAllText(Path.Combine(root, "dist", ".env"), "KEY=1");

            files.GetFileInfo("/../secret.txt").Exists.Should().BeFalse();
            files.GetFileInfo("/.env").Exists.Should().BeFalse();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
