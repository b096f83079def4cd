using System.Text.Json;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// The alert path starts at the team's topic: every alarm of the app, metric or composite, in the main stack or a nested one,
/// sends its ALARM to <see cref="GitGoodsStack.Alarms"/>' topic (in a nested stack through the parameter the main stack fills
/// with the topic), and the paging alarm also sends its return to OK.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class AlarmNotificationTests(SynthesizedGitGoods app)
{
    private const string NestedStack = "AWS::CloudFormation::Stack";

    private string TopicId => app.LogicalId(app.Stack.Alarms.Topic);

    [Fact]
    public void EveryAlarmOfTheApp_NotifiesTheAlarmTopic()
    {
        var checkedAlarms = 0;
        foreach (var (file, template) in app.AllTemplates)
        {
            var topicRefs = TopicReferences(file);
            foreach (var (id, alarm) in TemplateJson.Resources(template, TemplateJson.Alarm, TemplateJson.CompositeAlarm))
            {
                Refs(alarm, "AlarmActions").Should().Contain(r => topicRefs.Contains(r), $"{file}: {id} must notify the alarm topic");
                checkedAlarms++;
            }
        }

        checkedAlarms.Should().BeGreaterThan(app.Stack.Monitoring.Alarms.Count, "the main stack's and the nested stack's alarms are all checked");
    }

    [Fact]
    public void PagingAlarm_AlsoReportsItsReturnToOk()
    {
        var monitoring = app.NestedJson(app.Stack.Monitoring);
        var paging = TemplateJson.Resources(monitoring, TemplateJson.CompositeAlarm).Should().ContainSingle().Subject.Properties;

        Refs(paging, "OKActions").Should().ContainSingle().Which.Should().BeOneOf(TopicReferences(Path.GetFileName(app.Stack.Monitoring.TemplateFile)));
    }

    /// <summary>What a template calls the topic: its logical id in the main stack, the parameter the main stack fills with it in a nested one.</summary>
    private HashSet<string> TopicReferences(string templateFile)
    {
        if (templateFile == Path.GetFileName(app.Stack.TemplateFile))
        {
            return [TopicId];
        }

        var nestedStackIds = TemplateJson.Resources(app.Json, NestedStack)
            .Select(s => s.Properties.TryGetProperty("Parameters", out var parameters) ? parameters : default);
        return [.. nestedStackIds.Where(p => p.ValueKind == JsonValueKind.Object).SelectMany(parameters => parameters.EnumerateObject())
            .Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("Ref", out var target) && target.GetString() == TopicId)
            .Select(p => p.Name)];
    }

    private static List<string> Refs(JsonElement alarm, string actions) =>
        alarm.TryGetProperty(actions, out var list)
            ? [.. list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("Ref", out _)).Select(a => a.GetProperty("Ref").GetString()!)]
            : [];
}
