using System.Security.Cryptography;
using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Adapters.WaitingRoom;

/// <summary>
/// The local stack's signing key: 32 random bytes generated into the stack's state directory on first use (never in the
/// repository), readable by the owner only, and read from there on every later start.
/// </summary>
public sealed class FileWaitingRoomKey(string path) : IWaitingRoomKey
{
    private byte[]? _key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                await using var file = new FileStream(path, options);
                await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another function of the same stack created it first: use that one.
            }
        }

        var text = (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim();
        return _key = Convert.FromBase64String(text);
    }
}
