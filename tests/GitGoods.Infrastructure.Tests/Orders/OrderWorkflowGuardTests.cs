using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;

using GitGoods.Infrastructure.Orders;
using GitGoods.Orders.Fulfilment;

namespace GitGoods.Infrastructure.Tests.Orders;

/// <summary>The state machine refuses to synthesize when its steps and the manifest disagree, or without a sender address (no synth: it throws first).</summary>
public sealed class OrderWorkflowGuardTests
{
    [Fact]
    public void MissingStepFunction_FailsNamingIt()
    {
        var build = () => new OrderWorkflowConstruct(new Stack(), "Workflow", new OrderWorkflowOptions
        {
            StepFunctions = new Dictionary<string, IFunction>(StringComparer.Ordinal),
            SenderEmail = "orders@example.com",
        });

        build.Should().Throw<InvalidOperationException>().WithMessage($"*no function for*{OrderWorkflow.ReserveStock}*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("orders")]
    [InlineData("@example.com")]
    [InlineData("orders@")]
    [InlineData("a@b@example.com")]
    public void SenderThatIsNotAnAddress_FailsNamingTheContextKey(string sender)
    {
        var stack = new Stack();
        var functions = OrderWorkflow.StepFunctions.ToDictionary(
            name => name,
            name => Function.FromFunctionArn(stack, name, $"arn:aws:lambda:us-east-1:123456789012:function:{name}"),
            StringComparer.Ordinal);

        var build = () => new OrderWorkflowConstruct(stack, "Workflow", new OrderWorkflowOptions { StepFunctions = functions, SenderEmail = sender });

        build.Should().Throw<ArgumentException>().WithMessage($"*{OrderWorkflowConstruct.SenderEmailContextKey}*");
    }
}
