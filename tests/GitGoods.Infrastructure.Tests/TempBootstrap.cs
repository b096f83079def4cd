namespace GitGoods.Infrastructure.Tests;

/// <summary>A temporary directory standing in for the published bootstrap: the template is about structure, not the binary.</summary>
internal sealed class TempBootstrap : IDisposable
{
    public TempBootstrap(bool withExecutable = true)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("gitgoods-bootstrap-").FullName;
        if (withExecutable)
        {
            File.WriteAllText(Path.Combine(Directory, "bootstrap"), "#!/bin/sh\necho dummy bootstrap for CDK tests\n");
        }
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
