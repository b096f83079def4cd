using GitGoods.Analytics.Queries;

namespace GitGoods.Infrastructure.Tests.Analytics;

/// <summary>The workgroup's saved queries are the one list of queries, word for word, in the analytics database.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class AnalyticsNamedQueriesTests(SynthesizedGitGoods stack)
{
    /// <summary>The seed's reports and the delivery metrics the issue names; each must be saved.</summary>
    public static TheoryData<string> RequiredQueries =>
    [
        "sales-best-sellers", "sales-worst-sellers", "sales-revenue-by-day", "sales-revenue-by-platform", "sales-quantity-by-date-and-item",
        "delivery-deployment-frequency", "delivery-lead-time-for-changes", "delivery-change-failure-rate", "delivery-time-to-restore", "delivery-stage-durations",
    ];

    [Fact]
    public void WorkGroup_SavesEveryQueryOfTheList_AndNoOther()
    {
        SavedQueries().Select(q => q.GetProperty("Properties").GetProperty("Name").GetString())
            .Should().BeEquivalentTo(AnalyticsQueries.Saved.Select(q => q.Name));
    }

    [Theory]
    [MemberData(nameof(RequiredQueries))]
    public void RequiredQuery_IsSaved(string name)
    {
        AnalyticsQueries.Saved.Select(q => q.Name).Should().Contain(name);
    }

    [Fact]
    public void EverySavedQuery_RunsInTheAnalyticsDatabaseAndWorkGroup_WithTheListsSql()
    {
        var workGroup = stack.Resources("AWS::Athena::WorkGroup").Single().Value.GetProperty("Properties").GetProperty("Name").GetString();
        var database = stack.Resources("AWS::Glue::Database").Single().Value.GetProperty("Properties").GetProperty("DatabaseInput").GetProperty("Name").GetString();

        foreach (var query in AnalyticsQueries.Saved)
        {
            var saved = SavedQueries().Select(q => q.GetProperty("Properties"))
                .Single(q => q.GetProperty("Name").GetString() == query.Name);
            saved.GetProperty("QueryString").GetString().Should().Be(query.Sql);
            saved.GetProperty("Database").GetString().Should().Be(database);
            saved.GetProperty("WorkGroup").GetString().Should().Be(workGroup);
        }
    }

    /// <summary>The saved queries, which live in the analytics store's nested stack.</summary>
    private IEnumerable<System.Text.Json.JsonElement> SavedQueries() =>
        stack.NestedJson(stack.Stack.AnalyticsStore.SavedQueries).GetProperty("Resources").EnumerateObject()
            .Select(r => r.Value)
            .Where(r => r.GetProperty("Type").GetString() == "AWS::Athena::NamedQuery");
}
