using System.Text.Json;

using Amazon.CDK;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>A small app of its own for a construct test: no bootstrap, no web assets, synthesized in a moment.</summary>
internal static class BareApp
{
    public static App Create(IDictionary<string, object>? context = null)
    {
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        return new App(new AppProps { Context = context });
    }

    /// <summary>The stack's template (a nested stack's too) as CloudFormation gets it.</summary>
    public static JsonElement Json(Stack stack)
    {
        var assembly = ((App)stack.Node.Root).Synth();
        var file = Path.Combine(assembly.Directory, stack.TemplateFile);
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.Clone();
    }
}
