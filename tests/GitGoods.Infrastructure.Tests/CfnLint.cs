using System.ComponentModel;
using System.Diagnostics;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// Runs cfn-lint (on PATH; 1.51 on this project's machines) on CloudFormation templates with the repository's
/// <c>.cfnlintrc</c>, the same settings a person gets running <c>cfn-lint</c> at the repository root.
/// </summary>
internal static class CfnLint
{
    public const string Command = "cfn-lint";
    public const string InstallHint = "pip install cfn-lint==1.51.0";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>One finding of <c>--format parseable</c>: <c>file:line:column:endLine:endColumn:rule:message</c>.</summary>
    public sealed record Finding(string Rule, string Line)
    {
        public bool IsError => Rule.StartsWith('E');
    }

    public sealed record Result(int ExitCode, IReadOnlyList<Finding> Findings, string Output)
    {
        public IReadOnlyList<Finding> Errors => [.. Findings.Where(f => f.IsError)];

        public IReadOnlyList<Finding> Warnings => [.. Findings.Where(f => !f.IsError)];
    }

    /// <exception cref="InvalidOperationException">cfn-lint is not on PATH, or it crashed instead of linting.</exception>
    public static async Task<Result> RunAsync(IReadOnlyCollection<string> templates)
    {
        var root = CdkTestApp.RepositoryRoot();
        var start = new ProcessStartInfo(Command)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--config-file", Path.Combine(root, ".cfnlintrc"), "--format", "parseable", "--", .. templates])
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{Command} is not on PATH, so the templates cannot be linted. Install it: {InstallHint}.", e);
        }

        using var process = started ?? throw new InvalidOperationException($"{Command} could not be started.");
        using var limit = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Command} did not finish within {Timeout}.", e);
        }

        var output = (await stdout).Trim();
        var findings = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (Line: line, Fields: line.Split(':', 7)))
            .Where(l => l.Fields.Length == 7)
            .Select(l => new Finding(l.Fields[5], l.Line))
            .ToList();
        // Exit code bits: 2 errors, 4 warnings, 8 informational; anything else (1, or error bits with no error line) is a crash.
        var crashed = (process.ExitCode & 1) != 0 || ((process.ExitCode & 2) != 0 && !findings.Any(f => f.IsError));
        if (crashed)
        {
            throw new InvalidOperationException($"{Command} failed (exit code {process.ExitCode}): {output}\n{(await stderr).Trim()}");
        }

        return new Result(process.ExitCode, findings, output);
    }
}
