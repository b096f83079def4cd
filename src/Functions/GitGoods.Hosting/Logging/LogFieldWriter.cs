using System.Globalization;
using System.Text.Json;
using GitGoods.Hosting.Redaction;

namespace GitGoods.Hosting.Logging;

/// <summary>
/// The one place where a value enters a log line. Every key, standard or extra, is written through here,
/// and every text value passes <see cref="LogRedactor"/> on its way: secrets and personal data never reach a line.
/// </summary>
internal static class LogFieldWriter
{
    public static void WriteString(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, LogRedactor.RedactValue(key, value));
        }
    }

    /// <summary>Writes numbers, booleans and dates natively and anything else as its invariant string (no reflection).</summary>
    public static void WriteValue(Utf8JsonWriter writer, string key, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(key);
                break;
            case string text:
                writer.WriteString(key, LogRedactor.RedactValue(key, text));
                break;
            case var _ when LogRedactor.IsSensitiveKey(key):
                writer.WriteString(key, LogRedactor.Mask);
                break;
            case bool flag:
                writer.WriteBoolean(key, flag);
                break;
            case int number:
                writer.WriteNumber(key, number);
                break;
            case long number:
                writer.WriteNumber(key, number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumber(key, number);
                break;
            case decimal number:
                writer.WriteNumber(key, number);
                break;
            case DateTimeOffset time:
                writer.WriteString(key, time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                // A JSON value may hold sensitive fields anywhere inside: log its text, scanned, never its structure.
                writer.WriteString(key, LogRedactor.RedactValue(key, element.GetRawText()));
                break;
            case IFormattable formattable:
                WriteString(writer, key, formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                WriteString(writer, key, value.ToString());
                break;
        }
    }

    public static void WriteException(Utf8JsonWriter writer, Exception exception)
    {
        writer.WriteStartObject("exception");
        WriteString(writer, "type", exception.GetType().FullName);
        WriteString(writer, "message", exception.Message);
        WriteString(writer, "stack_trace", exception.ToString());
        writer.WriteEndObject();
    }
}
