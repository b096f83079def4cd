using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Analytics.Delivery;
using GitGoods.Infrastructure.Tests.Deployments;
using GitGoods.Manifest;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>
/// The event-driven triggers: every <see cref="TableStreamTrigger"/> function has a stream mapping on the shop table's
/// NEW_AND_OLD_IMAGES stream with the manifest's filter, retries, bisecting, partial batch failures and a dead-letter
/// destination; every <see cref="EventRuleTrigger"/> function has a rule with exactly the manifest's pattern (the CodePipeline
/// rule only for the delivery pipeline's events).
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class StreamAndEventTriggerTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> StreamFunctions => [.. FunctionManifest.All.Where(f => f.Trigger is TableStreamTrigger).Select(f => f.Name)];

    public static TheoryData<string> RuleFunctions => [.. FunctionManifest.All.Where(f => f.Trigger is EventRuleTrigger).Select(f => f.Name)];

    [Fact]
    public void Manifest_HasStreamAndRuleFunctions_ElseTheseTestsWouldLookAtNothing()
    {
        StreamFunctions.Should().NotBeEmpty();
        RuleFunctions.Should().NotBeEmpty();
    }

    [Fact]
    public void ShopTable_StreamsNewAndOldImages()
    {
        stack.Template.HasResourceProperties("AWS::DynamoDB::GlobalTable", Props(
            ("StreamSpecification", Props(("StreamViewType", "NEW_AND_OLD_IMAGES")))));
    }

    [Theory]
    [MemberData(nameof(StreamFunctions))]
    public void StreamFunction_HasAFilteredMappingOnTheShopTablesStream_InvokingItsLiveAlias(string name)
    {
        var trigger = (TableStreamTrigger)FunctionManifest.Find(name)!.Trigger;
        var mapping = Mapping(name);

        Compact(mapping.GetProperty("EventSourceArn")).Should().Contain("StreamArn");
        mapping.GetProperty("StartingPosition").GetString().Should().Be("TRIM_HORIZON");
        mapping.GetProperty("BatchSize").GetInt32().Should().Be(trigger.BatchSize);
        mapping.GetProperty("MaximumBatchingWindowInSeconds").GetInt32().Should().Be(trigger.MaxBatchingWindowSeconds);
        mapping.GetProperty("MaximumRetryAttempts").GetInt32().Should().Be(trigger.MaxRetryAttempts);
        mapping.GetProperty("BisectBatchOnFunctionError").GetBoolean().Should().BeTrue();
        mapping.GetProperty("ParallelizationFactor").GetInt32().Should().Be(1, "an order's changes must stay in order");
        mapping.GetProperty("FunctionResponseTypes").EnumerateArray().Select(t => t.GetString()).Should().Equal("ReportBatchItemFailures");
        var pattern = mapping.GetProperty("FilterCriteria").GetProperty("Filters").EnumerateArray().Single().GetProperty("Pattern").GetString();
        JsonDocument.Parse(pattern!).RootElement.GetRawText().Should().Be(JsonDocument.Parse(trigger.FilterPattern).RootElement.GetRawText());
    }

    [Theory]
    [MemberData(nameof(StreamFunctions))]
    public void StreamFunction_SendsWhatItGivesUpOnToAnAlarmedQueue(string name)
    {
        var destination = Mapping(name).GetProperty("DestinationConfig").GetProperty("OnFailure").GetProperty("Destination");
        var queueId = destination.GetProperty("Fn::GetAtt")[0].GetString()!;

        stack.Resources("AWS::SQS::Queue").Should().ContainKey(queueId);
        stack.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Dimensions", new object[] { Props(("Name", "QueueName"), ("Value", GetAtt(queueId, "QueueName"))) }),
            ("Threshold", 1),
            ("AlarmActions", Match.AnyValue())));
    }

    [Theory]
    [MemberData(nameof(RuleFunctions))]
    public void RuleFunction_HasARuleWithTheManifestsPattern_TargetingItsLiveAlias_WithRetriesAndADeadLetterQueue(string name)
    {
        var trigger = (EventRuleTrigger)FunctionManifest.Find(name)!.Trigger;
        var aliasId = stack.AliasLogicalId(name);
        (string, object)[] pattern = trigger.DetailFilter.Count == 0
            ? [("source", new object[] { trigger.Source }), ("detail-type", trigger.DetailTypes.ToArray()), ("detail", Match.Absent())]
            : [("source", new object[] { trigger.Source }), ("detail-type", trigger.DetailTypes.ToArray()),
                ("detail", trigger.DetailFilter.ToDictionary(f => f.Key, f => (object)f.Value.ToArray(), StringComparer.Ordinal))];

        var rules = stack.Template.FindResources("AWS::Events::Rule", Props(("Properties", Props(
            ("State", "ENABLED"),
            ("EventPattern", Props(pattern)),
            ("Targets", new object[]
            {
                Match.ObjectLike(Props(
                    ("Arn", Ref(aliasId)),
                    ("RetryPolicy", Props(("MaximumRetryAttempts", 8), ("MaximumEventAgeInSeconds", 86400))),
                    ("DeadLetterConfig", Props(("Arn", Match.AnyValue()))))),
            })))));
        rules.Keys.Should().ContainSingle();
        stack.Template.HasResourceProperties("AWS::Lambda::Permission", Props(
            ("FunctionName", Ref(aliasId)), ("Principal", "events.amazonaws.com"), ("SourceArn", GetAtt(rules.Keys.Single(), "Arn"))));
    }

    [Fact]
    public void CodePipelineRule_ListensToPipelineStageAndActionChanges()
    {
        FunctionManifest.All.Select(f => f.Trigger).OfType<EventRuleTrigger>()
            .Should().Contain(t => t.Source == "aws.codepipeline" && t.DetailTypes.SequenceEqual(new[]
            {
                "CodePipeline Pipeline Execution State Change",
                "CodePipeline Stage Execution State Change",
                "CodePipeline Action Execution State Change",
            }));
    }

    [Fact]
    public void CodePipelineRule_AdmitsOnlyTheDeliveryPipelinesEvents()
    {
        var aliasId = stack.AliasLogicalId(PipelineEventRecorder.FunctionName);
        var rule = stack.Resources("AWS::Events::Rule").Values.Select(r => r.GetProperty("Properties"))
            .Single(r => r.GetProperty("Targets").EnumerateArray()
                .Any(t => t.GetProperty("Arn").TryGetProperty("Ref", out var arn) && arn.GetString() == aliasId));

        Compact(rule.GetProperty("EventPattern").GetProperty("detail")).Should().Be("""{"pipeline":["git-goods"]}""",
            "the delivery metrics count the Git Goods pipeline only, not every pipeline of the account");
    }

    [Fact]
    public void CodePipelineRule_AdmitsEverySampleEventTheLocalReplaySends()
    {
        // scripts/analytics-replay.sh invokes the function with these files directly (no rule runs locally): they must stay
        // events the AWS rule would deliver, or the local metrics would show what AWS never records.
        var filter = PipelineEventTypes.DetailFilter["pipeline"];
        var samples = Directory.GetFiles(Path.Combine(CdkTestApp.RepositoryRoot(), "samples", "codepipeline"), "*.json");

        samples.Should().NotBeEmpty();
        foreach (var sample in samples)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(sample));
            filter.Should().Contain(json.RootElement.GetProperty("detail").GetProperty("pipeline").GetString(), Path.GetFileName(sample));
        }
    }

    private JsonElement Mapping(string name)
    {
        var aliasId = stack.AliasLogicalId(name);
        return stack.Resources("AWS::Lambda::EventSourceMapping").Values.Select(m => m.GetProperty("Properties"))
            .Single(m => LiveAliases.NamedLogicalId(m.GetProperty("FunctionName")) == aliasId);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
