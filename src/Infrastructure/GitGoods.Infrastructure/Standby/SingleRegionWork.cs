using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Lambda;

using GitGoods.Infrastructure.Functions;

namespace GitGoods.Infrastructure.Standby;

/// <summary>
/// The work that must run in one region at a time: the table-stream consumers (the replicas stream every write in
/// both regions, so two consumers would count each order twice), the schedules and the event rules. The API, the
/// order queue, the pipe and the workflow answer in both regions. The inactive region keeps these triggers deployed
/// but switched off, so a failover (CDK context <c>activeRegion</c>) only flips them.
/// </summary>
internal static class SingleRegionWork
{
    public static void RunOnlyIfActive(ManifestFunctions functions, bool isActive)
    {
        if (isActive)
        {
            return;
        }

        foreach (var rule in functions.Schedules.Values.Concat(functions.EventRules.Values))
        {
            ((CfnRule)rule.Node.DefaultChild!).State = "DISABLED";
        }

        foreach (var mapping in functions.Node.FindAll().OfType<CfnEventSourceMapping>())
        {
            mapping.Enabled = false;
        }
    }
}
