using System.Text;
using GitGoods.LocalEnvironment.Queues;

namespace GitGoods.LocalEnvironment.Tests.Queues;

/// <summary>Lambda's reading of a function's answer to a batch (ReportBatchItemFailures).</summary>
public sealed class SqsBatchOutcomeTests
{
    private static readonly string[] Batch = ["m-1", "m-2", "m-3"];

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"batchItemFailures":null}""")]
    [InlineData("""{"batchItemFailures":[]}""")]
    [InlineData("""{"somethingElse":1}""")]
    public void Success_WhenNothingFailed(string answer)
    {
        var outcome = SqsBatchOutcome.Read(Encoding.UTF8.GetBytes(answer), Batch);

        outcome.WholeBatchFailed.Should().BeFalse();
        outcome.FailedMessageIds.Should().BeEmpty();
    }

    [Fact]
    public void PartialFailure_NamesTheFailedMessages()
    {
        var outcome = SqsBatchOutcome.Read("""{"batchItemFailures":[{"itemIdentifier":"m-2"},{"itemIdentifier":"m-3"}]}"""u8, Batch);

        outcome.WholeBatchFailed.Should().BeFalse();
        outcome.FailedMessageIds.Should().BeEquivalentTo("m-2", "m-3");
    }

    [Theory]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":""}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":null}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemId":"m-1"}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"m-1"},{"itemIdentifier":"not-in-this-batch"}]}""")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"ok\"")]
    public void WholeBatchFailure_WhenTheAnswerCannotBeTrusted(string answer)
    {
        var outcome = SqsBatchOutcome.Read(Encoding.UTF8.GetBytes(answer), Batch);

        outcome.WholeBatchFailed.Should().BeTrue();
    }
}
