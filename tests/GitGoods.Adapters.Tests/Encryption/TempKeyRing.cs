using GitGoods.Adapters.Encryption;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>A key-ring file in a fresh temp folder (deleted afterwards), and a recording source over it.</summary>
public sealed class TempKeyRing : IDisposable
{
    public TempKeyRing(TimeProvider? time = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "gitgoods-keys-" + Guid.NewGuid().ToString("N"));
        Time = time ?? TimeProvider.System;
        Local = new LocalKeyFileDataKeySource(LocalKeyFileDataKeySource.PathIn(Folder), Time);
        Source = new RecordingDataKeySource(Local);
    }

    public string Folder { get; }

    public TimeProvider Time { get; }

    public LocalKeyFileDataKeySource Local { get; }

    public RecordingDataKeySource Source { get; }

    public string FilePath => Local.FilePath;

    public EnvelopeFieldProtector Protector(EnvelopeFieldProtectorOptions? options = null) => new(Source, Time, options);

    public void Dispose()
    {
        Local.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
