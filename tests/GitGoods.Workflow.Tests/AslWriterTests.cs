using System.Text.Json.Nodes;
using GitGoods.TestSupport;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

public class AslWriterTests
{
    [Fact]
    public async Task SampleWorkflow_IsAValidStateMachine_PerAslValidator()
    {
        var asl = AslWriter.Write(SampleWorkflow.Definition, name => "${Function_" + name.Replace('-', '_') + "}");

        var (valid, output) = await AslValidator.ValidateAsync(asl);

        valid.Should().BeTrue(output + "\n" + asl);
    }

    [Fact]
    public async Task ABrokenDefinition_IsRefusedByAslValidator_SoTheValidatorReallyRuns()
    {
        var asl = AslWriter.Write(SampleWorkflow.Definition);
        var broken = JsonNode.Parse(asl)!.AsObject();
        broken["States"]!["Route"]!["Type"] = "Chooser";
        broken["States"]!["Check"]!.AsObject().Remove("Next");

        var (valid, output) = await AslValidator.ValidateAsync(broken.ToJsonString());

        valid.Should().BeFalse();
        output.Should().Contain("invalid");
    }

    [Fact]
    public void LambdaTask_IsTheOptimisedIntegration_WithTheSubstitutedFunctionName()
    {
        var asl = JsonNode.Parse(AslWriter.Write(SampleWorkflow.Definition, name => "${" + name + "}"))!;

        var check = asl["States"]!["Check"]!;
        check["Resource"]!.GetValue<string>().Should().Be("arn:aws:states:::lambda:invoke");
        check["Parameters"]!.ToJsonString().Should().Be("""{"FunctionName":"${check-input}","Payload.$":"$"}""");
        check["ResultSelector"]!.ToJsonString().Should().Be("""{"valid.$":"$.Payload.valid"}""");
        check["Retry"]![0]!.ToJsonString().Should().Be(
            """{"ErrorEquals":["Lambda.ServiceException","Lambda.TooManyRequestsException"],"IntervalSeconds":1,"MaxAttempts":2,"BackoffRate":2,"MaxDelaySeconds":5,"JitterStrategy":"FULL"}""");
        check["Catch"]![0]!.ToJsonString().Should().Be("""{"ErrorEquals":["ValidationException"],"ResultPath":"$.error","Next":"Rejected"}""");
        asl["States"]!["Process"]!["Parameters"]!.ToJsonString().Should().Be("""{"FunctionName":"${process}","Payload":{"id.$":"$.id","source":"sample"}}""");
    }

    [Fact]
    public void NullPaths_AreWrittenAsJsonNull_AndDefaultPathsAreLeftOut()
    {
        var asl = JsonNode.Parse(AslWriter.Write(SampleWorkflow.Definition))!["States"]!;

        asl["Notify"]!.AsObject().ContainsKey("ResultPath").Should().BeTrue();
        asl["Notify"]!["ResultPath"].Should().BeNull();
        asl["Notify"]!.AsObject().ContainsKey("OutputPath").Should().BeFalse();
        asl["Process"]!["OutputPath"]!.GetValue<string>().Should().Be("$.Payload");
        asl["Rejected"]!.ToJsonString().Should().Be("""{"Type":"Pass","Result":{"status":"rejected"},"ResultPath":"$.outcome","End":true}""");
        asl["Failed"]!.ToJsonString().Should().Be("""{"Type":"Fail","Error":"ProcessingFailed","Cause":"Processing failed and was compensated."}""");
        asl["Route"]!["Choices"]![0]!.ToJsonString().Should().Be("""{"Variable":"$.error","IsPresent":true,"Next":"Rejected"}""");
        asl["Route"]!["Default"]!.GetValue<string>().Should().Be("Rejected");
    }

    [Fact]
    public void AnInvalidDefinition_IsNotWritten()
    {
        var definition = new WorkflowDefinition("bad", "A", [new PassState("A") { Next = "Nowhere" }]);

        var write = () => AslWriter.Write(definition);

        write.Should().Throw<WorkflowDefinitionException>().WithMessage("*Nowhere*");
    }
}
