using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Route53;

using Constructs;

namespace GitGoods.Infrastructure.Standby;

/// <summary>
/// One region's half of the API's DNS failover (<see cref="FailoverDomain"/>): the API answers as <c>api.&lt;zone&gt;</c>
/// through its own regional certificate and custom domain, and a failover alias record points that name at this
/// region. The main region's record is PRIMARY and carries a health check; the standby's is SECONDARY, answered only
/// while the primary is unhealthy. The health check follows an alarm measured from outside the region's functions — the
/// region's synthetic canary walking the shop's journey — and counts missing data as unhealthy, so a region whose
/// CloudWatch cannot answer fails over too.
/// </summary>
public sealed class RegionalApiDomain : Construct
{
    /// <summary>Seconds resolvers may cache the answer: with the health check's own delay, well inside the 45-minute RTO.</summary>
    public const int HealthCheckedRecordTtlSeconds = 60;

    /// <param name="healthAlarm">The alarm whose ALARM state makes the main region unhealthy; null for the standby's record.</param>
    public RegionalApiDomain(Construct scope, string id, FailoverDomain failover, IHttpApi api, IAlarm? healthAlarm)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(failover);
        ArgumentNullException.ThrowIfNull(api);
        var zone = HostedZone.FromHostedZoneAttributes(this, "Zone", new HostedZoneAttributes
        {
            HostedZoneId = failover.HostedZoneId,
            ZoneName = failover.ZoneName,
        });
        var certificate = new Certificate(this, "Certificate", new CertificateProps
        {
            DomainName = failover.ApiDomainName,
            Validation = CertificateValidation.FromDns(zone),
        });
        DomainName = new DomainName(this, "DomainName", new DomainNameProps
        {
            DomainName = failover.ApiDomainName,
            Certificate = certificate,
            SecurityPolicy = SecurityPolicy.TLS_1_2,
        });
        _ = new ApiMapping(this, "Mapping", new ApiMappingProps { Api = api, DomainName = DomainName, Stage = api.DefaultStage });

        HealthCheck = healthAlarm is null ? null : new CfnHealthCheck(this, "HealthCheck", new CfnHealthCheckProps
        {
            HealthCheckConfig = new CfnHealthCheck.HealthCheckConfigProperty
            {
                Type = "CLOUDWATCH_METRIC",
                AlarmIdentifier = new CfnHealthCheck.AlarmIdentifierProperty { Name = healthAlarm.AlarmName, Region = Amazon.CDK.Stack.Of(this).Region },
                InsufficientDataHealthStatus = "Unhealthy",
            },
        });
        Record = new CfnRecordSet(this, "Record", new CfnRecordSetProps
        {
            HostedZoneId = failover.HostedZoneId,
            Name = failover.ApiDomainName,
            Type = "A",
            SetIdentifier = Amazon.CDK.Stack.Of(this).Region,
            Failover = HealthCheck is null ? "SECONDARY" : "PRIMARY",
            HealthCheckId = HealthCheck?.AttrHealthCheckId,
            AliasTarget = new CfnRecordSet.AliasTargetProperty
            {
                DnsName = DomainName.RegionalDomainName,
                HostedZoneId = DomainName.RegionalHostedZoneId,
                // The standby answers only while the primary fails its check; its own health is the runbook's first step.
                EvaluateTargetHealth = false,
            },
        });
    }

    public DomainName DomainName { get; }

    /// <summary>The main region's health check; null in the standby.</summary>
    public CfnHealthCheck? HealthCheck { get; }

    public CfnRecordSet Record { get; }
}
