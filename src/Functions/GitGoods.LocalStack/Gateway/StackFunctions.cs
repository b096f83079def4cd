using GitGoods.Catalogue;

namespace GitGoods.LocalStack.Gateway;

/// <summary>
/// The functions the stack serves: <see cref="FunctionCatalogue.All"/>. Tests may register their own list (the
/// catalogue plus test-only routes) before <c>AddLocalStack</c>, to exercise the gateway through real HTTP.
/// </summary>
public sealed record StackFunctions(IReadOnlyList<FunctionDefinition> All)
{
    public static StackFunctions Catalogue { get; } = new(FunctionCatalogue.All);
}
