using System.Globalization;
using System.Text;
using GitGoods.Hosting.Redaction;

namespace GitGoods.LocalEnvironment.Logging;

/// <summary>
/// Renders a log message with every structured value passed through <see cref="LogRedactor.RedactValue"/> by its
/// key (so <c>{Email}</c> or <c>{Token}</c> is masked whatever it holds), then scans the whole text, exception
/// included, with <see cref="LogRedactor.Redact"/> for tokens, e-mail addresses and phone numbers by shape.
/// </summary>
public static class RedactedMessage
{
    private const string OriginalFormat = "{OriginalFormat}";

    public static string Format<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var text = state is IReadOnlyList<KeyValuePair<string, object?>> values && Template(values) is { } template
            ? Render(template, values)
            : formatter(state, exception);
        if (exception is not null)
        {
            text += Environment.NewLine + exception;
        }

        return LogRedactor.Redact(text);
    }

    private static string? Template(IReadOnlyList<KeyValuePair<string, object?>> values) =>
        values.FirstOrDefault(v => string.Equals(v.Key, OriginalFormat, StringComparison.Ordinal)).Value as string;

    private static string Render(string template, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var result = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                result.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (end < 0)
            {
                result.Append(c);
                continue;
            }

            var hole = template[(i + 1)..end];
            var nameEnd = hole.IndexOfAny([':', ',']);
            var name = nameEnd < 0 ? hole : hole[..nameEnd];
            var format = nameEnd >= 0 && hole[nameEnd] == ':' ? hole[(nameEnd + 1)..] : null;
            var value = values.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.Ordinal)).Value;
            result.Append(LogRedactor.RedactValue(name, Text(value, format)) ?? "(null)");
            i = end;
        }

        return result.ToString();
    }

    private static string? Text(object? value, string? format) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(", ", list.Cast<object?>().Select(v => v?.ToString())),
        _ => value.ToString(),
    };
}
