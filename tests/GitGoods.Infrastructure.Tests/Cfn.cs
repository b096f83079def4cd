namespace GitGoods.Infrastructure.Tests;

/// <summary>Short builders for the CloudFormation shapes the template matchers take.</summary>
internal static class Cfn
{
    public static Dictionary<string, object> Props(params (string Key, object Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public static Dictionary<string, object> Ref(string logicalId) => Props(("Ref", logicalId));

    public static Dictionary<string, object> GetAtt(string logicalId, string attribute) =>
        Props(("Fn::GetAtt", new object[] { logicalId, attribute }));
}
