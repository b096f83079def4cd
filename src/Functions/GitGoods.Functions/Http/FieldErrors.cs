namespace GitGoods.Http;

/// <summary>The <c>errors</c> member of a problem: field name → messages.</summary>
public static class FieldErrors
{
    public static IReadOnlyDictionary<string, string[]> One(string field, string message) =>
        new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] };
}
