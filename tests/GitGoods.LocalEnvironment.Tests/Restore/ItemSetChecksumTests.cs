using Amazon.DynamoDBv2.Model;
using GitGoods.LocalEnvironment.Restore;

namespace GitGoods.LocalEnvironment.Tests.Restore;

public sealed class ItemSetChecksumTests
{
    public static TheoryData<string> Changes => ["string", "number", "binary", "string set", "binary set", "nested map", "list", "bool", "new attribute", "removed attribute"];

    [Fact]
    public void SameItems_InAnyOrder_WithSetsAndMapsInAnyOrder_GiveTheSameChecksum()
    {
        var forward = Checksum(Enumerable.Range(0, VariedItems.Count).Select(VariedItems.Item));
        var backward = Checksum(Enumerable.Range(0, VariedItems.Count).Reverse().Select(i => Reordered(VariedItems.Item(i))));

        backward.Should().Be(forward).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void OneChangedAttributeOfOneItem_ChangesTheChecksum(string change)
    {
        var items = Enumerable.Range(0, VariedItems.Count).Select(VariedItems.Item).ToList();
        var before = Checksum(items);
        var item = items[13];

        switch (change)
        {
            case "string": item["title"] = new(item["title"].S + " "); break;
            case "number": item["price"] = new() { N = "1400" }; break;
            case "binary": item["blob"] = new() { B = new MemoryStream([13, 0, 255, 43]) }; break;
            case "string set": item["tags"].SS.Add("blue"); break;
            case "binary set": item["chunks"] = new() { BS = [new MemoryStream([1, 2, 3]), new MemoryStream([14])] }; break;
            case "nested map": item["details"].M["nested"].M["deep"] = new() { BOOL = false }; break;
            case "list": item["history"].L.Reverse(); break;
            case "bool": item["active"] = new() { BOOL = !item["active"].BOOL!.Value }; break;
            case "new attribute": item["extra"] = new("x"); break;
            case "removed attribute": item.Remove("nothing"); break;
        }

        Checksum(items).Should().NotBe(before);
    }

    [Fact]
    public void AMissingItemOrADuplicate_ChangesTheChecksum()
    {
        var items = Enumerable.Range(0, VariedItems.Count).Select(VariedItems.Item).ToList();

        Checksum(items.Skip(1)).Should().NotBe(Checksum(items));
        Checksum([.. items, items[0]]).Should().NotBe(Checksum(items));
    }

    [Fact]
    public void ExportLine_IsDynamoDbJson_AndReadsBackToTheSameItem()
    {
        var item = VariedItems.Item(5);

        var line = DynamoJson.ExportLine(item);

        line.Should().StartWith("{\"Item\":{").And.Contain("\"blob\":{\"B\":\"BQD/Kg==\"}").And.Contain("\"price\":{\"N\":\"599\"}")
            .And.Contain("\"nothing\":{\"NULL\":true}").And.Contain("\"sizes\":{\"NS\":[\"1\",\"15\",\"2.5\"]}").And.NotContain("\n");
        DynamoJson.CanonicalBytes(DynamoJson.ReadExportLine(line)).Should().Equal(DynamoJson.CanonicalBytes(item));
    }

    [Fact]
    public void ReadExportLine_RefusesWhatIsNotDynamoDbJson()
    {
        var act = () => DynamoJson.ReadExportLine("{\"Item\":{\"a\":{\"X\":1}}}");

        act.Should().Throw<FormatException>();
    }

    private static string Checksum(IEnumerable<Dictionary<string, AttributeValue>> items)
    {
        var checksum = new ItemSetChecksum();
        foreach (var item in items)
        {
            checksum.Add(item);
        }

        return checksum.ToHex();
    }

    // The same item as DynamoDB might hand it back: attributes, map entries and set members in another order.
    private static Dictionary<string, AttributeValue> Reordered(Dictionary<string, AttributeValue> item)
    {
        var copy = item.Reverse().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        copy["tags"] = new() { SS = [.. item["tags"].SS.AsEnumerable().Reverse()] };
        copy["sizes"] = new() { NS = [.. item["sizes"].NS.AsEnumerable().Reverse()] };
        copy["chunks"] = new() { BS = [.. item["chunks"].BS.AsEnumerable().Reverse()] };
        copy["details"] = new() { M = item["details"].M.Reverse().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal) };
        return copy;
    }
}
