using System.Diagnostics;
using System.Globalization;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>The java command line that runs DynamoDB Local, as its documentation gives it.</summary>
internal static class DynamoDbLocalCommand
{
    /// <exception cref="InvalidOperationException">When java cannot be run.</exception>
    public static Process Start(string jarPath, DynamoDbLocalOptions options, int port)
    {
        try
        {
            return Process.Start(StartInfo(jarPath, options, port))
                ?? throw new InvalidOperationException($"{options.JavaPath} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"DynamoDB Local needs Java 17 or later: '{options.JavaPath}' could not be run. Install a Java runtime or set JAVA_HOME.", e);
        }
    }

    private static ProcessStartInfo StartInfo(string jarPath, DynamoDbLocalOptions options, int port)
    {
        var installDirectory = Path.GetDirectoryName(Path.GetFullPath(jarPath))!;
        var start = new ProcessStartInfo(options.JavaPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = installDirectory,
        };
        string[] arguments =
        [
            "-Djava.library.path=" + Path.Combine(installDirectory, DynamoDbLocalInstaller.LibraryFolder),
            "-jar", jarPath, "-port", port.ToString(CultureInfo.InvariantCulture), "-sharedDb",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (options.DataDirectory is null)
        {
            start.ArgumentList.Add("-inMemory");
        }
        else
        {
            Directory.CreateDirectory(options.DataDirectory);
            start.ArgumentList.Add("-dbPath");
            start.ArgumentList.Add(Path.GetFullPath(options.DataDirectory));
        }

        return start;
    }
}
