using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// The functions the stack serves: <see cref="FunctionManifest.All"/>. Tests may register their own list (the
/// manifest plus test-only routes) before <c>AddLocalEnvironment</c>, to exercise the gateway through real HTTP.
/// </summary>
public sealed record StackFunctions(IReadOnlyList<FunctionDefinition> All)
{
    public static StackFunctions Manifest { get; } = new(FunctionManifest.All);
}
