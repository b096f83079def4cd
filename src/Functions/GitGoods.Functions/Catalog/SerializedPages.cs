using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GitGoods.Catalog;

/// <summary>
/// Serialized catalogue answers kept per version of what they were built from (<typeparamref name="TVersion"/>: the
/// search index, a cached product), so a repeat answers the same bytes without searching or serializing again. An
/// answer lives exactly as long as its version: when the cache below hands out a newer index or product, the next
/// request builds from that one, so these pages add nothing to the freshness budget (decision 0032) — no clock of
/// their own. At most <see cref="Capacity"/> answers per version are kept (arbitrary search words cannot grow memory
/// without bound); past that an answer is built per request, as before.
/// </summary>
public sealed class SerializedPages<TVersion>(int capacity = SerializedPages<TVersion>.DefaultCapacity)
    where TVersion : class
{
    public const int DefaultCapacity = 512;

    // Weak keys: a version's pages go when nothing else holds the version (the next index replaced it).
    private readonly ConditionalWeakTable<TVersion, ConcurrentDictionary<string, SerializedBody>> _byVersion = [];

    public int Capacity { get; } = capacity;

    /// <summary>The answer for <paramref name="key"/> built from <paramref name="version"/>, built by <paramref name="build"/> the first time.</summary>
    public SerializedBody GetOrAdd(TVersion version, string key, Func<SerializedBody> build)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(build);
        var pages = _byVersion.GetValue(version, static _ => new ConcurrentDictionary<string, SerializedBody>(StringComparer.Ordinal));
        if (pages.TryGetValue(key, out var page))
        {
            return page;
        }

        page = build();
        return pages.Count < Capacity ? pages.GetOrAdd(key, page) : page;
    }
}
