using System.Text.Json.Nodes;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

public class WorkflowShapeTests
{
    private static string Placeholder(string function) => "${Fn" + function.Replace("-", "", StringComparison.Ordinal) + "}";

    private static JsonNode Synthesized() => JsonNode.Parse(AslWriter.Write(SampleWorkflow.Definition, Placeholder))!;

    private static string FunctionFor(string placeholder) =>
        SampleWorkflow.Definition.States.OfType<TaskState>().Select(t => t.Resource).OfType<LambdaFunction>()
            .Single(f => string.Equals(Placeholder(f.FunctionName), placeholder, StringComparison.Ordinal)).FunctionName;

    [Fact]
    public void TheWritersOutput_WithPlaceholdersMappedBack_HasTheShapeOfTheDescription()
    {
        var actual = WorkflowShape.From(Synthesized()).WithFunctionNames(FunctionFor);

        actual.Differences(WorkflowShape.From(SampleWorkflow.Definition)).Should().BeEmpty();
        actual.Should().Be(WorkflowShape.From(SampleWorkflow.Definition));
    }

    [Fact]
    public void TheShape_CarriesTransitionsRetriesCatchersAndFunctions()
    {
        var shape = WorkflowShape.From(SampleWorkflow.Definition);
        var check = shape.States.Single(s => s.Name == "Check");
        var route = shape.States.Single(s => s.Name == "Route");

        shape.StartAt.Should().Be("Check");
        check.Type.Should().Be("Task");
        check.Resource.Should().Be("arn:aws:states:::lambda:invoke");
        check.FunctionName.Should().Be("check-input");
        check.Next.Should().Be("Route");
        check.Retry.Should().Equal(new RetryShape("Lambda.ServiceException,Lambda.TooManyRequestsException", 1, 2, 2.0, 5, "FULL"));
        check.Catch.Should().Equal(new CatchShape("ValidationException", "Rejected", "$.error"));
        route.Choices.Should().Equal(
            "$.error IsPresent true -> Rejected", "$.check.valid BooleanEquals true -> Process", """$.mode StringEquals "manual" -> Rejected""");
        route.Default.Should().Be("Rejected");
        shape.States.Single(s => s.Name == "Rejected").End.Should().BeTrue();
    }

    [Fact]
    public void AChangedRetry_MissingState_OrOtherPartition_AreReportedOrNormalised()
    {
        var asl = Synthesized().AsObject();
        asl["States"]!["Process"]!["Retry"]![0]!["MaxAttempts"] = 9;
        asl["States"]!["Check"]!["Resource"] = "arn:${AWS::Partition}:states:::lambda:invoke";
        asl["States"]!.AsObject().Remove("Done");

        var differences = WorkflowShape.From(asl).WithFunctionNames(FunctionFor).Differences(WorkflowShape.From(SampleWorkflow.Definition));

        differences.Should().HaveCount(2);
        differences.Should().Contain(d => d.StartsWith("state differs:") && d.Contains("Process") && d.Contains("x9"));
        differences.Should().Contain(d => d.StartsWith("missing state: Done"));
    }

    [Fact]
    public void RetryDefaults_AreFilledIn_SoAnOmittedDefaultEqualsAnExplicitOne()
    {
        var bare = JsonNode.Parse("""{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"Retry":[{"ErrorEquals":["E"]}],"End":true}}}""")!;
        var explicitDefaults = new WorkflowDefinition("", "A",
            [new TaskState("A", new LambdaFunction("f")) { Retry = [new RetryPolicy(["E"], 1, 3, 2.0)], End = true }]);

        WorkflowShape.From(bare).Should().Be(WorkflowShape.From(explicitDefaults));
    }
}
