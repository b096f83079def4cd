using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitGoods.LocalEnvironment.Identity.Users;

/// <summary>
/// The pool's users in <c>&lt;state&gt;/identity/users.json</c>. Every change holds one lock and rewrites the file
/// atomically (temp file, then rename), so concurrent requests never lose each other's writes and a crash never
/// leaves half a file. The file is readable by its owner only.
/// </summary>
public sealed class UserStore(string directory) : IDisposable
{
    public const string FileName = "users.json";

    private readonly SemaphoreSlim _lock = new(1, 1);
    private Dictionary<string, StoredUser>? _users;

    private string FilePath => Path.Combine(directory, FileName);

    /// <summary>The user signing in as <paramref name="username"/> (any case), or null.</summary>
    public Task<StoredUser?> FindAsync(string username, CancellationToken cancellationToken) =>
        ReadAsync(users => users.GetValueOrDefault(Key(username)), cancellationToken);

    /// <summary>Runs <paramref name="read"/> over the users under the lock.</summary>
    public async Task<T> ReadAsync<T>(Func<IReadOnlyDictionary<string, StoredUser>, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return read(Load());
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Runs <paramref name="change"/> over the users (keyed by lower-cased username) under the lock, then saves.</summary>
    public async Task<T> WriteAsync<T>(Func<Dictionary<string, StoredUser>, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var users = Load();
            var result = change(users);
            OwnerOnlyDirectory.Create(directory);
            AtomicFile.Write(FilePath, JsonSerializer.Serialize(users.Values.ToArray(), UserStoreJsonContext.Default.StoredUserArray), ownerOnly: true);
            return result;
        }
        finally
        {
            _lock.Release();
        }
    }

    public static string Key(string username) => (username ?? "").Trim().ToLowerInvariant();

    public void Dispose() => _lock.Dispose();

    private Dictionary<string, StoredUser> Load()
    {
        if (_users is null)
        {
            var stored = File.Exists(FilePath)
                ? JsonSerializer.Deserialize(File.ReadAllText(FilePath), UserStoreJsonContext.Default.StoredUserArray) ?? []
                : [];
            _users = stored.ToDictionary(u => Key(u.Username), StringComparer.Ordinal);
        }

        return _users;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StoredUser[]))]
internal sealed partial class UserStoreJsonContext : JsonSerializerContext;
