using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.CustomResources;

using Constructs;

namespace GitGoods.Infrastructure.Standby;

/// <summary>
/// The shop table's replica in the standby region, with its own stream's exact ARN. CDK knows a replica's stream only
/// as <c>…/stream/*</c>, which is fine in an IAM policy but not as an event-source mapping's source, and CloudFormation
/// returns only the home region's stream ARN. One DescribeTable call on the replica, in its own region, gives
/// <c>LatestStreamArn</c>; the standby's stream consumers read that stream when the standby becomes active.
/// </summary>
internal static class ReplicaTableWithStream
{
    public static ITableV2 Of(Construct scope, string id, ITableV2 replica)
    {
        var describe = new AwsCustomResource(scope, id + "Stream", new AwsCustomResourceProps
        {
            OnUpdate = new AwsSdkCall
            {
                Service = "DynamoDB",
                Action = "describeTable",
                Parameters = new Dictionary<string, object>(StringComparer.Ordinal) { ["TableName"] = replica.TableName },
                PhysicalResourceId = PhysicalResourceId.FromResponse("Table.LatestStreamArn"),
                OutputPaths = ["Table.LatestStreamArn"],
            },
            Policy = AwsCustomResourcePolicy.FromSdkCalls(new SdkCallsPolicyOptions { Resources = [replica.TableArn] }),
            InstallLatestAwsSdk = false,
        });

        return TableV2.FromTableAttributes(scope, id, new TableAttributesV2
        {
            TableName = replica.TableName,
            TableStreamArn = describe.GetResponseField("Table.LatestStreamArn"),
            // The functions query the three GSIs: grants cover table/<name>/index/*.
            GrantIndexPermissions = true,
        });
    }
}
