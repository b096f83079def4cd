using GitGoods.Workflow.Orders;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using CdkMatch = Amazon.CDK.Assertions.Match;

using GitGoods.Manifest;
using GitGoods.Infrastructure.Orders;
using GitGoods.Infrastructure.Tests.Deployments;
using GitGoods.Orders.Fulfilment;
using GitGoods.TestSupport;
using GitGoods.Workflow;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Orders;

/// <summary>
/// The deployed order workflow is the C# description: the synthesized definition, with its placeholders resolved back to
/// manifest names, has the same shape as <see cref="OrderWorkflowDescription.Definition"/>, and asl-validator accepts it.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed partial class OrderStateMachineTests(SynthesizedGitGoods stack)
{
    private SynthesizedStateMachine Machine => SynthesizedStateMachine.From(stack);

    public static TheoryData<string> StepFunctionNames =>
        [.. FunctionManifest.All.Where(f => f.Trigger is WorkflowStepTrigger).Select(f => f.Name)];

    [Fact]
    public void StateMachine_IsExpressWithTracingAndLogsWithoutExecutionData()
    {
        stack.Template.HasResourceProperties(SynthesizedStateMachine.Type, Props(
            ("StateMachineType", "EXPRESS"),
            ("TracingConfiguration", Props(("Enabled", true))),
            ("LoggingConfiguration", Props(
                ("IncludeExecutionData", false),
                ("Level", CdkMatch.AnyValue()),
                ("Destinations", new object[] { Props(("CloudWatchLogsLogGroup", Props(("LogGroupArn", GetAtt(stack.LogicalId(stack.Stack.OrderWorkflow.Logs), "Arn"))))) })))));
    }

    [Fact]
    public void Definition_WrapsTheWorkflowInOneInlineMapOverThePipesArray()
    {
        var definition = Machine.Definition;
        definition["StartAt"]!.GetValue<string>().Should().Be(OrderStateMachineDefinition.MapStateName);
        definition["TimeoutSeconds"]!.GetValue<int>().Should().Be(OrderWorkflow.TimeoutSeconds);

        var states = definition["States"]!.AsObject();
        states.Select(s => s.Key).Should().Equal(OrderStateMachineDefinition.MapStateName);
        var map = states[OrderStateMachineDefinition.MapStateName]!.AsObject();
        map["Type"]!.GetValue<string>().Should().Be("Map");
        map["MaxConcurrency"]!.GetValue<int>().Should().Be(1);
        map["End"]!.GetValue<bool>().Should().BeTrue();
        map.ContainsKey("ItemsPath").Should().BeFalse("the items are the execution input itself, the pipe's array");
        map.TryGetPropertyValue("ResultPath", out var resultPath).Should().BeTrue();
        resultPath.Should().BeNull("the workflow's state (phone, e-mail) must not become the execution output");
        map.ContainsKey("Catch").Should().BeFalse("a failed order must fail the execution, so the pipe keeps the message");
        map["ItemProcessor"]!["ProcessorConfig"]!["Mode"]!.GetValue<string>().Should().Be("INLINE");
    }

    [Fact]
    public void Definition_MatchesTheCSharpDescription()
    {
        var processor = Machine.Definition["States"]![OrderStateMachineDefinition.MapStateName]!["ItemProcessor"]!;

        var deployed = WorkflowShape.From(processor).WithFunctionNames(ManifestNameOf);
        var described = WorkflowShape.From(OrderWorkflowDescription.Definition);

        deployed.Differences(described).Should().BeEmpty();
        deployed.States.Where(s => s.FunctionName is not null).Select(s => s.FunctionName)
            .Should().BeEquivalentTo(OrderWorkflow.StepFunctions, "every step function is invoked, through its own live alias");
    }

    [Fact]
    public void Definition_SendsEmailFromTheConfiguredSender()
    {
        var sendEmail = Machine.Definition.ToJsonString();
        sendEmail.Should().Contain($"\"FromEmailAddress\":\"{OrderWorkflow.SenderEmailPlaceholder}\"");

        var configured = JsonDocument.Parse(File.ReadAllText(Path.Combine(CdkTestApp.RepositoryRoot(), "cdk.json")))
            .RootElement.GetProperty("context").GetProperty(OrderWorkflowConstruct.SenderEmailContextKey).GetString();
        Machine.Substitutions[OrderStateMachineDefinition.SenderEmailKey].GetString().Should().Be(configured);
    }

    [Fact]
    public void Substitutions_CoverEveryPlaceholder_AndNothingElse()
    {
        var placeholders = Placeholder().Matches(Machine.DefinitionText).Select(m => m.Groups["key"].Value).Distinct(StringComparer.Ordinal);

        placeholders.Should().BeEquivalentTo(Machine.Substitutions.Keys);
    }

    [Fact]
    public async Task Definition_IsValidAsl()
    {
        var concrete = Placeholder().Replace(Machine.DefinitionText, m => m.Groups["key"].Value == OrderStateMachineDefinition.SenderEmailKey
            ? "orders@example.com"
            : $"arn:aws:lambda:us-east-1:123456789012:function:{m.Groups["key"].Value}");

        var (valid, output) = await AslValidator.ValidateAsync(concrete);

        valid.Should().BeTrue(output);
    }

    [Theory]
    [MemberData(nameof(StepFunctionNames))]
    public void StepFunction_IsReferencedByTheDefinition_ThroughItsLiveAlias(string name)
    {
        Machine.DefinitionText.Should().Contain($"\"FunctionName\": \"{OrderStateMachineDefinition.Placeholder(name)}\"");
        Machine.SubstitutedLogicalId(name).Should().Be(stack.AliasLogicalId(name));
    }

    [Fact]
    public void Role_MayInvokeExactlyTheStepFunctionsLiveAliases()
    {
        var invoked = RoleStatements()
            .Where(s => IamJson.Actions(s).Any(a => a.StartsWith("lambda:", StringComparison.Ordinal)))
            .ToList();

        invoked.SelectMany(IamJson.Actions).Should().OnlyContain(a => a == "lambda:InvokeFunction");
        var resources = invoked.SelectMany(IamJson.Resources).ToList();
        resources.Select(r => JsonNode.Parse(r, null, default) as JsonObject)
            .Should().OnlyContain(r => r != null && r.ContainsKey("Ref"), "an alias's ARN, never a function's ARN or its :* versions");
        var aliasIds = stack.Resources(LiveAliases.Alias).Keys.ToList();
        var named = resources
            .Select(r => aliasIds.Single(id => r.Contains($"\"{id}\"", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal);
        named.Should().BeEquivalentTo(OrderWorkflow.StepFunctions.Select(stack.AliasLogicalId));
    }

    [Fact]
    public void Role_SendsSmsAndEmailOnly()
    {
        var statements = RoleStatements();
        var sms = statements.Where(s => IamJson.Actions(s).Contains("sns:Publish")).Should().ContainSingle().Subject;
        // Direct SMS has no resource ARN to name: "*" is required, pinned to the stack's region.
        IamJson.Resources(sms).Should().Equal("\"*\"");
        sms.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:RequestedRegion").GetRawText().Should().Contain(stack.Stack.Region);

        var email = statements.Where(s => IamJson.Actions(s).Contains("ses:SendEmail")).Should().ContainSingle().Subject;
        IamJson.Resources(email).Should().HaveCount(2)
            .And.Contain(r => r.Contains(":identity/orders@example.com", StringComparison.Ordinal))
            .And.Contain(r => r.Contains(":identity/example.com", StringComparison.Ordinal));
        email.GetProperty("Condition").GetProperty("StringEquals").GetProperty("ses:FromAddress").GetString().Should().Be("orders@example.com");

        statements.SelectMany(IamJson.Actions)
            .Where(a => !a.StartsWith("logs:", StringComparison.Ordinal) && !a.StartsWith("xray:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Should().BeEquivalentTo(["lambda:InvokeFunction", "sns:Publish", "ses:SendEmail"]);
    }

    [Theory]
    [InlineData("ExecutionsFailed")]
    [InlineData("ExecutionsTimedOut")]
    public void StateMachine_HasAnAlarmThatNotifiesTheTeam(string metric)
    {
        stack.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Namespace", "AWS/States"),
            ("MetricName", metric),
            ("Dimensions", new object[] { Props(("Name", "StateMachineArn"), ("Value", Ref(Machine.LogicalId))) }),
            ("Period", 60),
            ("EvaluationPeriods", 1),
            ("Threshold", 1),
            ("ComparisonOperator", "GreaterThanOrEqualToThreshold"),
            ("AlarmActions", new object[] { Ref(stack.LogicalId(stack.Stack.Alarms.Topic)) })));
    }

    [GeneratedRegex(@"\$\{(?<key>[A-Za-z0-9]+)\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    /// <summary>Placeholder → substitution → alias logical id → its function → the handler, which is the manifest name.</summary>
    private string ManifestNameOf(string functionName)
    {
        var match = Placeholder().Match(functionName);
        match.Success.Should().BeTrue($"FunctionName '{functionName}' should be a DefinitionSubstitutions placeholder");
        var aliasId = Machine.SubstitutedLogicalId(match.Groups["key"].Value);
        aliasId.Should().NotBeNull($"'{functionName}' should be substituted with a live alias's ARN");
        return stack.Resources("AWS::Lambda::Function")[stack.FunctionOfAlias(aliasId!)].GetProperty("Properties").GetProperty("Handler").GetString()!;
    }

    private List<JsonElement> RoleStatements()
    {
        var roleId = Machine.Properties.GetProperty("RoleArn").GetProperty("Fn::GetAtt")[0].GetString()!;
        return [.. stack.RoleStatements().Where(s => s.Role == roleId).Select(s => s.Statement)];
    }
}
