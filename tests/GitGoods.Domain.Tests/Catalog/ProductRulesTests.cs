using GitGoods.Domain.Catalog;

namespace GitGoods.Domain.Tests.Catalog;

/// <summary>The catalogue's rules at their edges: the last value allowed and the first refused, with the message that names the rule.</summary>
public class ProductRulesTests
{
    [Fact]
    public void Create_KeepsEveryField()
    {
        var created = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
        var product = new ProductBuilder
        {
            Id = "p-42", Title = "Moon Farm", Platform = "Switch", Description = "Grow things.", Price = 1234, Stock = 7,
            Images = ["/a.svg", "/b.svg"], SellerId = "seller-9", Status = ProductStatus.Unlisted,
            CreatedAt = created, UpdatedAt = created.AddDays(1), Version = 6,
        }.Build();

        product.Id.Should().Be("p-42");
        product.Title.Should().Be("Moon Farm");
        product.Platform.Should().Be("Switch");
        product.Description.Should().Be("Grow things.");
        product.Price.Amount.Should().Be(1234);
        product.Stock.Should().Be(7);
        product.Images.Should().Equal("/a.svg", "/b.svg");
        product.SellerId.Should().Be("seller-9");
        product.Status.Should().Be(ProductStatus.Unlisted);
        product.IsActive.Should().BeFalse();
        product.CreatedAt.Should().Be(created);
        product.UpdatedAt.Should().Be(created.AddDays(1));
        product.Version.Should().Be(6);
    }

    [Fact]
    public void Create_TrimsThePlatform_StoresUpdatedAtInUtc_AndAMissingDescriptionAsEmpty()
    {
        var local = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(8));

        var product = new ProductBuilder { Platform = "  PS5 ", Description = null!, UpdatedAt = local.AddHours(1) }.Build();

        product.Platform.Should().Be("PS5");
        product.Description.Should().BeEmpty();
        product.UpdatedAt.Offset.Should().Be(TimeSpan.Zero);
        product.UpdatedAt.Should().Be(local.AddHours(1));
    }

    [Fact]
    public void Create_CopiesTheImages_SoTheCallersListCannotChangeTheProduct()
    {
        var images = new List<string> { "/a.svg" };

        var product = new ProductBuilder { Images = images }.Build();
        images.Add("/b.svg");

        product.Images.Should().Equal("/a.svg");
    }

    [Fact]
    public void Create_AcceptsEveryBoundaryValue()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var act = () => new[]
        {
            new ProductBuilder { Title = new string('t', Product.MaxTitleLength) }.Build(),
            new ProductBuilder { Platform = new string('p', Product.MaxPlatformLength) }.Build(),
            new ProductBuilder { Price = 1 }.Build(),
            new ProductBuilder { Price = Product.MaxPriceMinorUnits }.Build(),
            new ProductBuilder { Stock = 0 }.Build(),
            new ProductBuilder { Stock = Product.MaxStock }.Build(),
            new ProductBuilder { Version = 1 }.Build(),
            new ProductBuilder { CreatedAt = at, UpdatedAt = at }.Build(),
        };

        act.Should().NotThrow();
    }

    public static TheoryData<ProductBuilder, string, string> Refused => new()
    {
        { new ProductBuilder { Version = 0 }, "version", "version must be at least 1." },
        { new ProductBuilder { Id = "" }, "id", "id must not be empty." },
        { new ProductBuilder { Id = "  " }, "id", "id must not be empty." },
        { new ProductBuilder { Title = new string('t', 201) }, "title", "title must be 1–200 characters." },
        { new ProductBuilder { Platform = "" }, "platform", "platform must be 1–40 characters." },
        { new ProductBuilder { Platform = " " }, "platform", "platform must be 1–40 characters." },
        { new ProductBuilder { Platform = new string('p', 41) }, "platform", "platform must be 1–40 characters." },
        { new ProductBuilder { Price = 0 }, "price", "price must be 1–10000000 minor units." },
        { new ProductBuilder { Price = 10_000_001 }, "price", "price must be 1–10000000 minor units." },
        { new ProductBuilder { Stock = -1 }, "stock", "stock must be 0–1000000." },
        { new ProductBuilder { Stock = 1_000_001 }, "stock", "stock must be 0–1000000." },
        { new ProductBuilder { SellerId = "" }, "sellerId", "sellerId must not be empty." },
        { new ProductBuilder { SellerId = "\t" }, "sellerId", "sellerId must not be empty." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Create_RefusesABrokenRule_NamingTheFieldAndTheRule(ProductBuilder builder, string field, string message)
    {
        var act = builder.Build;

        act.Should().Throw<ArgumentException>().WithParameterName(field).WithMessage(message + "*");
    }

    [Fact]
    public void Create_RefusesAnUpdateBeforeCreation_ByOneTick()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var act = () => new ProductBuilder { CreatedAt = at, UpdatedAt = at.AddTicks(-1) }.Build();

        act.Should().Throw<ArgumentException>().WithParameterName("updatedAt").WithMessage("updatedAt must not be before createdAt.*");
    }
}
