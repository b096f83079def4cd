using GitGoods.Infrastructure.Tests.Orders;
using GitGoods.Manifest;
using GitGoods.Orders.Fulfilment;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>
/// Nothing invokes a manifest function unqualified: API integrations, rule targets, stream mappings, the state machine's
/// substitutions and the Lambda permissions of API Gateway and EventBridge all name a live alias. An unqualified call would
/// run $LATEST at once and skip the canary.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class AliasInvocationTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void ApiIntegrations_InvokeLiveAliases()
    {
        // In the template of each function: the waiting room's routes are in its nested stack.
        var uris = stack.FunctionTemplates.SelectMany(t => t.Resources("AWS::ApiGatewayV2::Integration").Values
            .Select(i => (Template: t, Uri: i.GetProperty("Properties").GetProperty("IntegrationUri"))))
            .ToList();

        uris.Should().HaveCount(FunctionManifest.All.Count(f => f.Trigger is HttpRouteTrigger or DefaultRouteTrigger));
        uris.Should().OnlyContain(u => IsAlias(u.Template, LiveAliases.NamedLogicalId(u.Uri)));
    }

    [Fact]
    public void RuleTargets_InvokeLiveAliases()
    {
        var targets = stack.Resources("AWS::Events::Rule").Values
            .SelectMany(r => r.GetProperty("Properties").GetProperty("Targets").EnumerateArray())
            .Select(t => t.GetProperty("Arn"))
            .ToList();

        targets.Should().HaveCount(FunctionManifest.All.Count(f => f.Trigger is ScheduleTrigger or EventRuleTrigger));
        targets.Select(LiveAliases.NamedLogicalId).Should().OnlyContain(id => id != null && IsAlias(id));
    }

    [Fact]
    public void StreamMappings_InvokeLiveAliases()
    {
        var functions = stack.Resources("AWS::Lambda::EventSourceMapping").Values
            .Select(m => m.GetProperty("Properties").GetProperty("FunctionName"))
            .ToList();

        functions.Should().HaveCount(FunctionManifest.All.Count(f => f.Trigger is TableStreamTrigger));
        functions.Select(LiveAliases.NamedLogicalId).Should().OnlyContain(id => id != null && IsAlias(id));
    }

    [Theory]
    [InlineData("RollupSales")]
    [InlineData("ExportOrderLines")]
    public void StreamMapping_KeepsTheLogicalIdItHadOnTheFunction_SoMovingItToTheAliasDoesNotReplayTheStream(string name)
    {
        var aliasId = stack.AliasLogicalId(name);
        var mapping = stack.Resources("AWS::Lambda::EventSourceMapping")
            .Single(m => LiveAliases.NamedLogicalId(m.Value.GetProperty("Properties").GetProperty("FunctionName")) == aliasId);

        // The id DynamoEventSource gave the mapping under the function (Functions/<name>/Function/DynamoDBEventSource:<table>).
        mapping.Key.Should().StartWith($"Functions{name}FunctionDynamoDBEventSource");
    }

    [Fact]
    public void StateMachine_SubstitutesEveryStepWithItsLiveAlias()
    {
        var machine = SynthesizedStateMachine.From(stack);

        OrderWorkflow.StepFunctions.Select(name => LiveAliases.NamedLogicalId(machine.Substitutions[name]))
            .Should().Equal(OrderWorkflow.StepFunctions.Select(stack.AliasLogicalId));
    }

    [Theory]
    [InlineData("apigateway.amazonaws.com")]
    [InlineData("events.amazonaws.com")]
    public void InvokePermissions_OfApiGatewayAndEventBridge_AreOnLiveAliases(string principal)
    {
        var permitted = stack.FunctionTemplates.SelectMany(t => t.Resources("AWS::Lambda::Permission").Values
            .Select(p => p.GetProperty("Properties"))
            .Where(p => p.GetProperty("Principal").GetString() == principal)
            .Select(p => (Template: t, Id: LiveAliases.NamedLogicalId(p.GetProperty("FunctionName")))))
            .ToList();

        permitted.Should().NotBeEmpty().And.OnlyContain(p => IsAlias(p.Template, p.Id));
    }

    [Fact]
    public void NoInvocationPath_NamesAManifestFunctionUnqualified()
    {
        var invocationTypes = new[]
        {
            "AWS::ApiGatewayV2::Integration", "AWS::Events::Rule", "AWS::Lambda::EventSourceMapping", "AWS::Lambda::Permission",
            "AWS::StepFunctions::StateMachine", "AWS::Pipes::Pipe",
        };

        foreach (var template in stack.FunctionTemplates)
        {
            var functionIds = FunctionManifest.All.Where(f => template.HoldsFunction(f.Name)).Select(f => template.FunctionLogicalId(f.Name))
                .ToHashSet(StringComparer.Ordinal);
            var texts = invocationTypes.SelectMany(type => template.Resources(type).Values).Select(r => r.GetProperty("Properties").GetRawText());

            texts.Should().NotContain(text => functionIds.Any(id => text.Contains($"\"{id}\"", StringComparison.Ordinal)));
        }
    }

    private bool IsAlias(string logicalId) => IsAlias(stack.Main, logicalId);

    private static bool IsAlias(SynthesizedTemplate template, string? logicalId) =>
        logicalId is not null && template.Resources(LiveAliases.Alias).ContainsKey(logicalId);
}
